import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { contentHash } from "../assets/fingerprint.ts";
import type { SearchVocabulary } from "./expand-query.js";
import { vocabularyFile } from "./vocabulary.ts";

/** The files of the search bundle, by their published names. */
export const SEARCH_BUNDLE_FILES = ["pagefind.js", "expand-query.js", "vocabulary.json"] as const;

export type SearchBundleFile = (typeof SEARCH_BUNDLE_FILES)[number];

/** Where the bundle's sources are: the adapter and the expansion, both plain browser JavaScript. */
const SOURCES: Record<Exclude<SearchBundleFile, "vocabulary.json">, string> = {
  "pagefind.js": path.join(import.meta.dirname, "pagefind-adapter.js"),
  "expand-query.js": path.join(import.meta.dirname, "expand-query.js"),
};

/** The bundle's folder name below `/assets/`: `search.` and the hash of its files. */
const FOLDER_NAME = /^search\.[0-9a-f]+$/;

/** What /soeg/ loads for query expansion: one folder, named by the hash of its three files. */
export interface SearchBundle {
  /** Site path of the folder, e.g. `/assets/search.1a2b3c4d5e/`. */
  folder: string;
  files: Record<SearchBundleFile, string>;
}

/**
 * The search bundle for a vocabulary: the Pagefind adapter (Pagefind's Component
 * UI imports `<bundlePath>pagefind.js`, so that name is fixed and the folder
 * carries the hash), the query expansion, and the vocabulary as JSON. Hosts
 * cache /assets/ for good; a new vocabulary or script gives a new folder.
 */
export async function searchBundle(vocabulary: SearchVocabulary): Promise<SearchBundle> {
  const files: Record<SearchBundleFile, string> = {
    "pagefind.js": await readFile(SOURCES["pagefind.js"], "utf8"),
    "expand-query.js": await readFile(SOURCES["expand-query.js"], "utf8"),
    "vocabulary.json": vocabularyFile(vocabulary),
  };
  const hash = contentHash(SEARCH_BUNDLE_FILES.map((name) => files[name]).join("\u0000"));
  return { folder: `/assets/search.${hash}/`, files };
}


/** The folder of the one search bundle in a built site's output folder (`<output>/assets/search.<hash>`). */
export async function publishedBundleFolder(outputDir: string): Promise<string> {
  const folders = (await readdir(path.join(outputDir, "assets"))).filter((name) => FOLDER_NAME.test(name));
  if (folders.length !== 1) throw new Error(`Expected one search bundle in ${outputDir}/assets/, found ${folders.length}.`);
  return path.join(outputDir, "assets", folders[0] ?? "");
}

/** The vocabulary a built site publishes, read from its output folder. */
export async function readPublishedVocabulary(outputDir: string): Promise<SearchVocabulary> {
  return JSON.parse(await readFile(path.join(await publishedBundleFolder(outputDir), "vocabulary.json"), "utf8")) as SearchVocabulary;
}
