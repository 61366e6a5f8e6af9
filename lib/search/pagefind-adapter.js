// Pagefind for /soeg/, with Danish query expansion: browser code, not run in Node.
// The build publishes this file as /assets/search.<hash>/pagefind.js beside
// expand-query.js and vocabulary.json (lib/search/search-bundle.ts, through
// lib/eleventy/search-plugin.ts), and assets/search.js points Pagefind's
// Component UI at that folder through its documented `bundlePath` option: the UI
// then imports this module in place of Pagefind's own pagefind.js, and every
// search it runs goes through searchExpanded. The reader's query stays as typed
// in the box, the summary and the address; only the searches behind it are wider,
// and excerpts come from Pagefind, so they show and mark only text on the page.
import * as pagefind from "../../pagefind/pagefind.js";
import { searchExpanded } from "./expand-query.js";

/** Without the vocabulary (a failed request), a query is searched as typed. */
const NO_VOCABULARY = { compounds: {}, synonyms: [] };

// Fetched once, as the module loads: the page preloads this module, so the
// vocabulary is usually in before the first query.
const vocabulary = fetch(new URL("./vocabulary.json", import.meta.url))
  .then((response) => (response.ok ? response.json() : NO_VOCABULARY))
  .catch(() => NO_VOCABULARY);

/**
 * Pagefind's createInstance, the one export the Component UI calls, with a
 * search that expands the query.
 */
export function createInstance(options) {
  const instance = pagefind.createInstance(options);
  return { ...instance, search: async (term, searchOptions) => searchExpanded(instance, term, searchOptions ?? {}, await vocabulary) };
}
