import { describe, expect, it } from "vitest";
import type { PostFrontMatter } from "../../../lib/content/post-schema.ts";
import { searchFilters, speakerLine } from "../../../lib/search/search-fields.ts";

const person = (name: string) => ({ name });

describe("searchFilters", () => {
  it("gives a full meeting post every filter, people and organisations once each, goals by number and Danish name", () => {
    const post: PostFrontMatter = {
      title: "Møde",
      date: "2018-10-05",
      tags: ["Frivillighed", "SMV"],
      speakers: [{ name: "Jesper Bering Kristensen", organisation: "Frivilligcenter Vesterbro" }, { name: "Jon Kiellberg", organisation: "IBM Danmark" }],
      outcomes: { taskForce: [{ name: "Anders Sejerøe", organisation: "IBM Danmark" }, person("Jesper Bering Kristensen")] },
      sdgs: [8, 17],
    };
    expect(searchFilters(post)).toEqual([
      { name: "år", values: ["2018"] },
      { name: "person", values: ["Jesper Bering Kristensen", "Jon Kiellberg", "Anders Sejerøe"] },
      { name: "organisation", values: ["Frivilligcenter Vesterbro", "IBM Danmark"] },
      { name: "emne", values: ["Frivillighed", "SMV"] },
      { name: "verdensmål", values: ["8 Anstændige jobs og økonomisk vækst", "17 Partnerskaber for handling"] },
      { name: "type", values: ["møde"] },
    ]);
  });

  it("leaves out filters a post has no values for", () => {
    expect(searchFilters({ title: "Kort", date: "2020-01-02" })).toEqual([
      { name: "år", values: ["2020"] },
      { name: "type", values: ["møde"] },
    ]);
  });
});

describe("speakerLine", () => {
  it("joins the speakers' names, each once", () => {
    expect(speakerLine({ title: "M", date: "2019-01-01", speakers: [person("A B"), person("C D"), person("A B")] })).toBe("A B, C D");
    expect(speakerLine({ title: "M", date: "2019-01-01" })).toBe("");
  });
});
