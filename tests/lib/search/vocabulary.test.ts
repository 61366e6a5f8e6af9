import { describe, expect, it } from "vitest";
import type { CompoundSplitter } from "../../../lib/search/compound-splitter.ts";
import { MAX_COMPOUNDS_PER_PART, buildVocabulary, searchableText } from "../../../lib/search/vocabulary.ts";

/** A splitter that knows the compounds it is given, and one name. */
function splitterOf(compounds: Record<string, string[]>, names: string[] = []): CompoundSplitter {
  return { split: (word) => compounds[word], isName: (word) => names.includes(word) };
}

const post = (body: string, extra: Record<string, unknown> = {}) => ({ data: { title: "Møde", date: "2020-01-01", ...extra }, body });

describe("buildVocabulary", () => {
  const splitter = splitterOf({
    bæredygtighedsrapportering: ["bæredygtighed", "rapportering"],
    bæredygtighedsrapporteringen: ["bæredygtighed", "rapporteringen"],
    klimarapportering: ["klima", "rapportering"],
    kantineordningen: ["kantine", "ordningen"],
    thorbjørnsen: ["thor", "bjørnsen"],
  });

  it("files each compound under the key of every part but the first", () => {
    const vocabulary = buildVocabulary([post("Om bæredygtighedsrapportering.")], [], splitter);
    expect(vocabulary.compounds).toEqual({ rapportering: ["bæredygtighedsrapportering"] });
  });

  it("keeps one form of a compound, the shortest, and puts the compounds in most posts first", () => {
    const vocabulary = buildVocabulary(
      [post("bæredygtighedsrapporteringen og klimarapportering"), post("klimarapportering"), post("bæredygtighedsrapportering")],
      [],
      splitter,
    );
    // bæredygtighedsrapportering: 2 posts over its two forms, klimarapportering: 2 posts; then by name.
    expect(vocabulary.compounds.rapportering).toEqual(["bæredygtighedsrapportering", "klimarapportering"]);
  });

  it("reads title, summary, mission and outcomes as well as the body, but not names of people or places", () => {
    const vocabulary = buildVocabulary(
      [
        post("", {
          summary: "klimarapportering",
          speakers: [{ name: "Bæredygtighedsrapportering", organisation: "Kantineordningen" }],
          meeting: { date: "2020-01-01", venue: { name: "Kantineordningen" } },
        }),
      ],
      [],
      splitter,
    );
    expect(vocabulary.compounds).toEqual({ rapportering: ["klimarapportering"] });
  });

  it("reads a capitalised word at the start of a sentence, but not a name there or inside a sentence", () => {
    const names = splitterOf({ kantineordningen: ["kantine", "ordningen"], thorbjørnsen: ["thor", "bjørnsen"] }, ["Thorbjørnsen"]);
    expect(buildVocabulary([post("Kantineordningen er ny. Thorbjørnsen fortalte.")], [], names).compounds).toEqual({ ordning: ["kantineordningen"] });
    expect(buildVocabulary([post("Vi så Kantineordningen. Thorbjørnsen fortalte.")], [], names).compounds).toEqual({});
  });

  it("keeps at most MAX_COMPOUNDS_PER_PART compounds under one part", () => {
    const many = Object.fromEntries(Array.from({ length: MAX_COMPOUNDS_PER_PART + 5 }, (_, index) => [`forsøgsplan${"a".repeat(index)}`, ["forsøg", "plan"]]));
    const vocabulary = buildVocabulary([post(Object.keys(many).join(" "))], [], splitterOf(many));
    expect(vocabulary.compounds.plan).toHaveLength(MAX_COMPOUNDS_PER_PART);
  });

  it("keeps the compounds in most posts when there are more than it may keep, dropping those in one post first", () => {
    const vocabulary = buildVocabulary(
      [post("bæredygtighedsrapportering klimarapportering kantineordningen"), post("klimarapportering kantineordningen")],
      [],
      splitter,
      { maxCompounds: 2 },
    );
    expect(vocabulary.compounds).toEqual({ ordning: ["kantineordningen"], rapportering: ["klimarapportering"] });
  });

  it("gives the synonym groups in lower case with single spaces", () => {
    expect(buildVocabulary([], [["SMV", "Små og  mellemstore virksomheder"]], splitter).synonyms).toEqual([["smv", "små og mellemstore virksomheder"]]);
  });

  it("is the same for the same posts in another order", () => {
    const posts = [post("klimarapportering"), post("bæredygtighedsrapportering")];
    expect(JSON.stringify(buildVocabulary(posts, [], splitter))).toBe(JSON.stringify(buildVocabulary([...posts].reverse(), [], splitter)));
  });
});

describe("searchableText", () => {
  it("joins title, summary, mission, the outcomes' summary and actions, and the body", () => {
    const text = searchableText({
      data: { title: "T", date: "2020-01-01", summary: "S", mission: "M", outcomes: { summary: "O", actions: ["A1", "A2"] } },
      body: "B",
    });
    expect(text.split("\n")).toEqual(["T", "S", "M", "O", "A1", "A2", "B"]);
  });
});
