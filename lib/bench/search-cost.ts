import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadPosts } from "../content/load-posts.ts";
import { createCompoundSplitter } from "../search/compound-splitter.ts";
import { readDanishWords } from "../search/danish-words.ts";
import { type BuiltPagefind, openBuiltPagefind } from "../search/evaluate-relevance.ts";
import { searchExpanded } from "../search/expand-query.js";
import { BUNDLE_FOLDER } from "../search/index-site.ts";
import { publishedBundleFolder } from "../search/search-bundle.ts";
import { readSynonyms } from "../search/synonyms.ts";
import { buildVocabulary } from "../search/vocabulary.ts";

/** What the query expansion costs at one corpus size: build time and the bytes /soeg/ gains. */
export interface SearchCost {
  /** Reading the Danish word list, once per build. */
  dictionarySeconds: number;
  /** Splitting the corpus's words and filing the vocabulary. */
  vocabularySeconds: number;
  /** vocabulary.json gzipped: what /soeg/ loads on top of Pagefind (issue 16: at most 30 KB at 1,000 posts). */
  vocabularyGzipBytes: number;
  /** Every file of the search bundle (adapter, expansion, vocabulary), as written. */
  bundleBytes: number;
  /** Every file of Pagefind's output, as written (its index files are compressed already). */
  pagefindBytes: number;
  /** Milliseconds to the first five results of the first query, Pagefind's start included: expanded, and Pagefind alone. */
  firstQueryMs: { expanded: number; plain: number };
  /** Milliseconds to the first five results of the slowest of the other queries. */
  slowestQueryMs: { expanded: number; plain: number };
}

/** Queries a reader of this site types, each expanded by the vocabulary or the synonyms. */
const TIMED_QUERIES = ["rapportering", "CSR", "SMV", "frivillighed", "bæredygtighed", "Aarhus", "verdensmål", "strategi"];

/**
 * Measures the query expansion over a built corpus site: the word list and the
 * vocabulary timed in this process, with the build's own functions over the
 * same posts and synonyms, and the sizes of the search bundle and of Pagefind's
 * files in the built output.
 */
export async function measureSearchCost(root: string, outputDir: string, clock: () => number = () => performance.now()): Promise<SearchCost> {
  const posts = await loadPosts(root, path.join(root, "content/posts"));
  const synonyms = await readSynonyms(root, path.join(root, "data"));
  const started = clock();
  const words = await readDanishWords();
  const read = clock();
  const vocabulary = buildVocabulary(posts, synonyms, createCompoundSplitter(words));
  const filed = clock();
  const bundle = await publishedBundleFolder(outputDir);
  const expanded = await timeQueries(outputDir, (pagefind, term) => searchExpanded(pagefind, term, {}, vocabulary), clock);
  const plain = await timeQueries(outputDir, (pagefind, term) => pagefind.search(term, {}), clock);
  return {
    firstQueryMs: { expanded: expanded[0] ?? 0, plain: plain[0] ?? 0 },
    slowestQueryMs: { expanded: Math.max(...expanded.slice(1)), plain: Math.max(...plain.slice(1)) },
    dictionarySeconds: (read - started) / 1000,
    vocabularySeconds: (filed - read) / 1000,
    vocabularyGzipBytes: gzipSync(await readFile(path.join(bundle, "vocabulary.json"))).length,
    bundleBytes: await folderBytes(bundle),
    pagefindBytes: await folderBytes(path.join(outputDir, BUNDLE_FOLDER)),
  };
}

/**
 * Milliseconds from each of TIMED_QUERIES to its first five results' data (what
 * /soeg/ shows first), in a fresh Pagefind of the built site, loaded in Node.
 */
async function timeQueries(
  outputDir: string,
  search: (pagefind: BuiltPagefind["pagefind"], term: string) => Promise<{ results: Array<{ id: string }> }>,
  clock: () => number,
): Promise<number[]> {
  const built = await openBuiltPagefind(outputDir);
  try {
    const times: number[] = [];
    for (const term of TIMED_QUERIES) {
      const started = clock();
      const { results } = await search(built.pagefind, term);
      await Promise.all(results.slice(0, 5).map((result) => (result as unknown as { data(): Promise<unknown> }).data()));
      times.push(clock() - started);
    }
    return times;
  } finally {
    await built.close();
  }
}

/** The bytes of every file below `folder`, from their sizes on disk. */
async function folderBytes(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/**
 * The expansion's figures as one line of the benchmark's report.
 * @example formatSearchCost(1000, cost) // "search at 1000 posts: vocabulary 12.3 KB gzipped; …"
 */
export function formatSearchCost(posts: number, cost: SearchCost): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (time: { expanded: number; plain: number }) => `${Math.round(time.expanded)} ms (Pagefind alone ${Math.round(time.plain)} ms)`;
  const growth = (100 * cost.bundleBytes) / cost.pagefindBytes;
  return (
    `search at ${posts} posts: vocabulary ${kb(cost.vocabularyGzipBytes)} gzipped; search bundle ${kb(cost.bundleBytes)} ` +
    `on Pagefind's ${kb(cost.pagefindBytes)} (+${growth.toFixed(1)}%); word list ${cost.dictionarySeconds.toFixed(2)} s, ` +
    `vocabulary ${cost.vocabularySeconds.toFixed(2)} s of the build; first five results ${ms(cost.firstQueryMs)} for the first query ` +
    `(Pagefind's start included), ${ms(cost.slowestQueryMs)} for the slowest of ${TIMED_QUERIES.length - 1} more`
  );
}
