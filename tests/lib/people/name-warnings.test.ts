import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../lib/validation/problems.ts";
import { nameVariantKey, nameWarnings } from "../../../lib/people/name-warnings.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";

const first = loadedPost("content/posts/2018/a.md", {
  title: "Første",
  date: "2018-10-05",
  speakers: [{ name: "Thorbjørn Lautrop Nielsen" }, { name: "Anne-Marie Holm" }],
});

describe("nameVariantKey", () => {
  it("ignores case, accents, the Danish ø's stroke and white space", () => {
    const key = nameVariantKey("Thorbjørn Lautrop Nielsen");
    for (const variant of ["thorbjørn lautrop nielsen", "Thorbjorn Lautrop Nielsen", "Thorbjørn  Lautrop Nielsen", "Thórbjørn Lautrop Niélsen"]) {
      expect(nameVariantKey(variant), variant).toBe(key);
    }
  });

  it("keeps different letters apart", () => {
    expect(nameVariantKey("Jon Kiellberg")).not.toBe(nameVariantKey("Jan Kiellberg"));
    expect(nameVariantKey("Anne-Marie Holm")).not.toBe(nameVariantKey("Anne Marie Holm"));
  });
});

describe("nameWarnings", () => {
  it("warns about a spelling variant, naming both files and both spellings, in Danish", () => {
    const later = loadedPost("content/posts/2019/b.md", {
      title: "Senere",
      date: "2019-02-01",
      outcomes: { taskForce: [{ name: "Thorbjorn lautrop Nielsen" }] },
    });
    const warnings = nameWarnings([later, first]);
    expect(warnings).toHaveLength(1);
    expect(formatProblem(warnings[0]!)).toBe(
      'content/posts/2019/b.md: 1. person i task forcen (outcomes.taskForce[0]), felt "name" er "Thorbjorn lautrop Nielsen", men i content/posts/2018/a.md (speakers[0].name) er navnet skrevet "Thorbjørn Lautrop Nielsen". ' +
        "Navnene er ens, bortset fra store og små bogstaver, accenter eller mellemrum, så de bliver til to forskellige personer. " +
        "Er det den samme person, så skriv navnet ens alle steder.",
    );
  });

  it("warns about two names that would share an address", () => {
    const later = loadedPost("content/posts/2019/c.md", { title: "C", date: "2019-03-01", speakers: [{ name: "Anne Marie Holm" }] });
    const [warning, ...rest] = nameWarnings([first, later]);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ file: "content/posts/2019/c.md", field: "speakers[0].name" });
    expect(warning?.message).toContain('"Anne Marie Holm", som giver samme adresse (/personer/anne-marie-holm/) som "Anne-Marie Holm" i content/posts/2018/a.md');
  });

  it("warns about each later spelling once, however often it is used", () => {
    const b = loadedPost("content/posts/2019/b.md", { title: "B", date: "2019-02-01", speakers: [{ name: "THORBJØRN LAUTROP NIELSEN" }] });
    const c = loadedPost("content/posts/2019/c.md", { title: "C", date: "2019-03-01", speakers: [{ name: "THORBJØRN LAUTROP NIELSEN" }] });
    expect(nameWarnings([first, b, c]).map((warning) => warning.file)).toEqual(["content/posts/2019/b.md"]);
  });

  it("says nothing when every name is written alike", () => {
    const again = loadedPost("content/posts/2019/d.md", { title: "D", date: "2019-04-01", outcomes: { taskForce: [{ name: "Thorbjørn Lautrop Nielsen" }] } });
    expect(nameWarnings([first, again])).toEqual([]);
  });
});
