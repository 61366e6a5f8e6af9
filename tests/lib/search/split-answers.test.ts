import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCompoundSplitter } from "../../../lib/search/compound-splitter.ts";
import { loadDanishWords } from "../../../lib/search/danish-words.ts";
import { withSplitAnswers } from "../../../lib/search/split-answers.ts";
import { buildVocabulary } from "../../../lib/search/vocabulary.ts";

const post = (body: string) => ({ data: { title: "Møde", date: "2020-01-01" }, body });
const POSTS = [
  post("Vi talte om bæredygtighedsrapportering og klimarapportering. Kantineordningen blev drøftet."),
  post("Thorbjørn fortalte om netværksmødet og medarbejderinddragelse."),
];

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), "split-answers-"));
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

/** buildVocabulary through withSplitAnswers, counting how often it ran. */
async function vocabularyOf(posts: typeof POSTS) {
  let runs = 0;
  const vocabulary = await withSplitAnswers(cacheDir, (splitter) => {
    runs += 1;
    return buildVocabulary(posts, [], splitter);
  });
  return { vocabulary, runs };
}

describe("withSplitAnswers", () => {
  it("gives what the dictionary's splitter gives, first from the dictionary, then from the kept answers alone", async () => {
    const expected = buildVocabulary(POSTS, [], createCompoundSplitter(await loadDanishWords()));
    expect(expected.compounds.rapportering).toContain("bæredygtighedsrapportering");

    const first = await vocabularyOf(POSTS);
    expect(first.vocabulary).toEqual(expected);
    // Nothing kept yet: once with no answers, once with the splitter.
    expect(first.runs).toBe(2);
    expect(await readdir(cacheDir)).toHaveLength(1);

    const second = await vocabularyOf(POSTS);
    expect(second.vocabulary).toEqual(expected);
    expect(second.runs).toBe(1);
  });

  it("asks the dictionary again for a word it has no answer for, and then keeps that word's answer", async () => {
    await vocabularyOf(POSTS);
    const more = [...POSTS, post("Om leverandørkæder og arbejdsmiljøindsatsen.")];
    const expected = buildVocabulary(more, [], createCompoundSplitter(await loadDanishWords()));
    const grown = await vocabularyOf(more);
    expect(grown.vocabulary).toEqual(expected);
    expect(grown.runs).toBe(2);
    expect((await vocabularyOf(more)).runs).toBe(1);
  });

  it("takes a word named like an object's own property for a word", async () => {
    const odd = [post("constructor hasOwnProperty __proto__ toString valueOf")];
    const expected = buildVocabulary(odd, [], createCompoundSplitter(await loadDanishWords()));
    await vocabularyOf(odd);
    const again = await vocabularyOf(odd);
    expect(again.vocabulary).toEqual(expected);
    expect(again.runs).toBe(1);
  });

  it("starts afresh from a file it cannot read", async () => {
    await vocabularyOf(POSTS);
    const [file] = await readdir(cacheDir);
    await writeFile(path.join(cacheDir, file ?? ""), "{ not json");
    const { vocabulary, runs } = await vocabularyOf(POSTS);
    expect(vocabulary).toEqual(buildVocabulary(POSTS, [], createCompoundSplitter(await loadDanishWords())));
    expect(runs).toBe(2);
  });
});
