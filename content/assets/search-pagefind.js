// Pagefind for /soeg/, with Danish query expansion. The build publishes this file
// as /assets/search.<hash>/pagefind.js beside expand-query.js and vocabulary.json
// (lib/eleventy/search-plugin.ts), and assets/search.js points Pagefind's
// Component UI at that folder through its documented `bundlePath` option: the UI
// then imports this module in place of Pagefind's own pagefind.js, and every
// search it runs goes through expandedSearch. The reader's query stays as typed in
// the box, the summary and the address; only the searches behind it are wider,
// and excerpts come from Pagefind, so they show and mark only text on the page.
import * as pagefind from "../../pagefind/pagefind.js";
import { expandQuery, mergeResults, searchesFor } from "./expand-query.js";

/** Before (or without) the vocabulary, a query is searched as typed. */
const NO_VOCABULARY = { compounds: {}, synonyms: [] };

// Fetched once, as the module loads: the page preloads this module, so the
// vocabulary is usually in before the first query.
const vocabulary = fetch(new URL("./vocabulary.json", import.meta.url))
  .then((response) => (response.ok ? response.json() : NO_VOCABULARY))
  .catch(() => NO_VOCABULARY);

/**
 * Pagefind's createInstance (the one export the Component UI calls), whose
 * search expands the query and merges the results.
 */
export function createInstance(options) {
  const instance = pagefind.createInstance(options);
  return { ...instance, search: (term, searchOptions) => expandedSearch(instance, term, searchOptions) };
}

async function expandedSearch(instance, term, searchOptions) {
  // A filter-only search (no term) has nothing to expand.
  if (term === null || term === undefined || term.trim() === "") return instance.search(term, searchOptions);
  const searches = searchesFor(expandQuery(term, await vocabulary));
  if (searches.length === 1) return instance.search(term, searchOptions);
  const responses = await Promise.all(searches.map((search) => instance.search(search.term, searchOptions)));
  const [own] = responses;
  return {
    ...own,
    results: mergeResults(responses.map((response, index) => ({ weight: searches[index].weight, results: response.results }))),
    filters: widestFilters(responses.map((response) => response.filters)),
    totalFilters: widestFilters(responses.map((response) => response.totalFilters)),
    unfilteredResultCount: Math.max(...responses.map((response) => response.unfilteredResultCount)),
  };
}

/** Per filter value, the count of the search that found most pages with it: the merged list holds at least that many. */
function widestFilters(filterSets) {
  const widest = {};
  for (const filters of filterSets) {
    for (const [name, values] of Object.entries(filters ?? {})) {
      widest[name] ??= {};
      for (const [value, count] of Object.entries(values)) widest[name][value] = Math.max(widest[name][value] ?? 0, count);
    }
  }
  return widest;
}
