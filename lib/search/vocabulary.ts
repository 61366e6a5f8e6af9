import { gzipSync } from "node:zlib";
import type { PostFrontMatter } from "../content/post-schema.ts";
import { type SearchVocabulary, vocabularyKey } from "./expand-query.js";
import type { CompoundSplitter } from "./compound-splitter.ts";
import type { SynonymGroups } from "./synonyms.ts";
import { synonymKey } from "./synonyms.ts";

export type { SearchVocabulary } from "./expand-query.js";

/** The most compounds filed under one part: more than a query can search (MAX_SEARCHES). */
export const MAX_COMPOUNDS_PER_PART = 40;

/**
 * The most /soeg/'s vocabulary.json may weigh gzipped (issue 16: 30 KB at 1,000
 * posts; here at any size). The compounds in most posts are kept, as many as fit:
 * a compound in one post only is the first to go.
 */
export const MAX_VOCABULARY_GZIP_BYTES = 30 * 1024;

/** A post as the vocabulary reads it: its front matter and its Markdown body. */
export interface VocabularyPost {
  data: PostFrontMatter;
  body: string;
}

/**
 * The searchable text of a post: title, summary, mission, outcomes and body.
 * Names of people, organisations and venues are left out: a compound is looked
 * for in the secretariat's prose, not in a name.
 */
export function searchableText({ data, body }: VocabularyPost): string {
  return [data.title, data.summary, data.mission, data.outcomes?.summary, ...(data.outcomes?.actions ?? []), body]
    .filter((part): part is string => typeof part === "string")
    .join("\n");
}

/** Words long enough to be compounds, alone (not in a hyphenated or apostrophed word). */
const LONG_WORD = /(?<![\p{L}\p{N}'’-])\p{L}[\p{L}\p{N}]{7,}(?![\p{L}\p{N}'’-])/gu;

/** What ends a sentence, or a line: a capital after it may start a sentence rather than a name. */
const SENTENCE_START = /(?:^|[.!?:]\s+|\n[#>*\-\s]*)$/u;

/**
 * The distinct words of a text that may be compounds, in lower case: words in
 * lower case, and a capitalised word where it starts a sentence or a line unless
 * the dictionary knows it as a name ("Kantineordningen blev …" but not "Thorbjørn
 * fortalte …"). Other capitalised words are names.
 */
function proseWords(text: string, splitter: CompoundSplitter): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(LONG_WORD)) {
    const word = match[0];
    const lower = word.toLocaleLowerCase("da");
    if (word[0] === lower[0]) found.add(word);
    else if (SENTENCE_START.test(text.slice(Math.max(0, match.index - 8), match.index)) && !splitter.isName(word)) found.add(lower);
  }
  return found;
}

/**
 * The vocabulary /soeg/ expands queries with: for each part of a compound in the
 * corpus but its first, the compounds that contain it ("rapportering" →
 * "bæredygtighedsrapportering"), filed under the part's vocabularyKey; and the synonym
 * groups, in lower case. A first part needs no entry: Pagefind already finds a
 * word by its beginning. Names in running text are not split (see proseWords). Each compound is kept once, in its shortest form of the
 * same key; the compounds in most posts are kept, as many as fit in
 * MAX_VOCABULARY_GZIP_BYTES gzipped (vocabularyGzipBytes), and under each part the
 * compounds in most posts come first, at most MAX_COMPOUNDS_PER_PART. Each distinct word is split once: the cost grows with
 * the corpus's words, and the output is the same for the same input.
 * @example buildVocabulary(posts, [["SMV", "små og mellemstore virksomheder"]], splitter)
 * // { compounds: { rapporter: ["bæredygtighedsrapportering"] }, synonyms: [["smv", "små og mellemstore virksomheder"]] }
 */
export function buildVocabulary(
  posts: readonly VocabularyPost[],
  synonyms: SynonymGroups,
  splitter: CompoundSplitter,
  { maxGzipBytes = MAX_VOCABULARY_GZIP_BYTES }: { maxGzipBytes?: number } = {},
): SearchVocabulary {
  // In how many posts each word stands.
  const postsWithWord = new Map<string, number>();
  for (const post of posts) {
    for (const word of proseWords(searchableText(post), splitter)) postsWithWord.set(word, (postsWithWord.get(word) ?? 0) + 1);
  }

  // Each compound once, by its key: its shortest form, and the posts of all its forms.
  const compounds = new Map<string, { form: string; posts: number; partStems: string[] }>();
  for (const [word, count] of postsWithWord) {
    const parts = splitter.split(word);
    if (parts === undefined) continue;
    const key = vocabularyKey(word);
    const known = compounds.get(key);
    if (known === undefined) {
      compounds.set(key, { form: word, posts: count, partStems: parts.slice(1).map(vocabularyKey) });
    } else {
      known.posts += count;
      if (word.length < known.form.length || (word.length === known.form.length && word < known.form)) known.form = word;
    }
  }

  const ranked = [...compounds.values()].sort((a, b) => b.posts - a.posts || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  const groups = synonyms.map((group) => group.map(synonymKey));
  const withFirst = (count: number): SearchVocabulary => ({ compounds: fileCompounds(ranked.slice(0, count)), synonyms: groups });
  const whole = withFirst(ranked.length);
  if (vocabularyGzipBytes(whole) <= maxGzipBytes) return whole;
  // The most compounds that fit, by bisection: `fits` always holds a count whose
  // vocabulary was measured within the budget (none, if the synonyms alone are over it).
  let fits = 0;
  let over = ranked.length;
  while (over - fits > 1) {
    const middle = Math.floor((fits + over) / 2);
    if (vocabularyGzipBytes(withFirst(middle)) <= maxGzipBytes) fits = middle;
    else over = middle;
  }
  return withFirst(fits);
}

/** The compounds under the key of each part but the first, those in most posts first, at most MAX_COMPOUNDS_PER_PART a part. */
function fileCompounds(kept: ReadonlyArray<{ form: string; posts: number; partStems: string[] }>): Record<string, string[]> {
  const byPart = new Map<string, Array<{ form: string; posts: number }>>();
  for (const compound of kept) {
    for (const part of new Set(compound.partStems)) byPart.set(part, [...(byPart.get(part) ?? []), compound]);
  }
  const filed: Record<string, string[]> = {};
  for (const part of [...byPart.keys()].sort()) {
    filed[part] = (byPart.get(part) ?? [])
      .sort((a, b) => b.posts - a.posts || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0))
      .slice(0, MAX_COMPOUNDS_PER_PART)
      .map((compound) => compound.form);
  }
  return filed;
}

/** The vocabulary as /soeg/ loads it: its JSON, the bundle's vocabulary.json. */
export function vocabularyFile(vocabulary: SearchVocabulary): string {
  return JSON.stringify(vocabulary);
}

/** The bytes of vocabularyFile gzipped (zlib's default level, as the benchmark measures it). */
export function vocabularyGzipBytes(vocabulary: SearchVocabulary): number {
  return gzipSync(vocabularyFile(vocabulary)).length;
}
