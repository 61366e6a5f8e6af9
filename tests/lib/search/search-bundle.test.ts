import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPublishedVocabulary, searchBundle } from "../../../lib/search/search-bundle.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("search-bundle");
const vocabulary = { compounds: { plan: ["handlingsplan"] }, synonyms: [["sdg", "verdensmål"]] };

describe("searchBundle", () => {
  it("names its folder by the hash of its files, and the adapter pagefind.js, as the Component UI imports it", async () => {
    const bundle = await searchBundle(vocabulary);
    expect(bundle.folder).toMatch(/^\/assets\/search\.[0-9a-f]{10}\/$/);
    expect(Object.keys(bundle.files)).toEqual(["pagefind.js", "expand-query.js", "vocabulary.json"]);
    expect(bundle.files["pagefind.js"]).toContain('from "../../pagefind/pagefind.js"');
    expect(JSON.parse(bundle.files["vocabulary.json"])).toEqual(vocabulary);
  });

  it("gets a new folder for a new vocabulary, and the same for the same", async () => {
    const first = await searchBundle(vocabulary);
    expect((await searchBundle(vocabulary)).folder).toBe(first.folder);
    expect((await searchBundle({ ...vocabulary, synonyms: [] })).folder).not.toBe(first.folder);
  });
});

describe("readPublishedVocabulary", () => {
  it("reads the vocabulary of the one bundle in a built site", async () => {
    const output = path.join(scratch.root, "site");
    await mkdir(path.join(output, "assets/search.0123456789"), { recursive: true });
    await writeFile(path.join(output, "assets/search.0123456789/vocabulary.json"), JSON.stringify(vocabulary));
    await writeFile(path.join(output, "assets/site.0123456789.css"), "");
    expect(await readPublishedVocabulary(output)).toEqual(vocabulary);
  });
});
