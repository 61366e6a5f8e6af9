// Pagefind for /soeg/, with Danish query expansion: browser code, not run in Node.
// The build publishes this file as /assets/search.<hash>/pagefind.js beside
// expand-query.js and vocabulary.json (lib/search/search-bundle.ts, through
// lib/eleventy/search-plugin.ts), and assets/search.js points Pagefind's
// Component UI at that folder through its documented `bundlePath` option: the UI
// then imports this module in place of Pagefind's own pagefind.js, and every
// search it runs goes through searchInStages. The reader's query stays as typed
// in the box, the summary and the address; only the searches behind it are wider,
// and excerpts come from Pagefind, so they show and mark only text on the page.
//
// The first results show as soon as Pagefind has answered the query as typed;
// the alternatives' searches run after it, and when their merged list differs,
// the adapter dispatches SEARCH_WIDENED on the document: assets/search.js then
// runs the same search again through the Component UI, which this adapter
// answers at once with the merged list it kept.
import * as pagefind from "../../pagefind/pagefind.js";
import { sameResults, searchInStages } from "./expand-query.js";

/** Without the vocabulary (a failed request), a query is searched as typed. */
const NO_VOCABULARY = { compounds: {}, synonyms: [] };

// Fetched once, as the module loads: the page preloads this module, so the
// vocabulary is usually in before the first query.
const vocabulary = fetch(new URL("./vocabulary.json", import.meta.url))
  .then((response) => (response.ok ? response.json() : NO_VOCABULARY))
  .catch(() => NO_VOCABULARY);

/** How many results the page shows at first, in its first screen. */
const FIRST_SHOWN = 5;

/** The event on the document that says the current search has more results (its detail: the term). */
export const SEARCH_WIDENED = "search-widened";

/**
 * Pagefind's createInstance, the one export the Component UI calls, with a
 * search that expands the query in two stages.
 */
export function createInstance(options) {
  const instance = pagefind.createInstance(options);
  /** Counts searches, so a search the reader has typed past is not widened. */
  let latest = 0;
  /** The merged answer of the last widened search, and the search it answers. */
  let widened = { key: "", response: null };

  async function search(term, searchOptions = {}) {
    const key = JSON.stringify([term, searchOptions]);
    if (widened.key === key) return widened.response;
    const id = ++latest;
    const staged = await searchInStages(instance, term, searchOptions, await vocabulary);
    if (staged.widen === null) return staged.first;
    // Nothing found as typed: wait for the alternatives rather than show and
    // announce "no results" first.
    if (staged.first.results.length === 0) return staged.widen();
    void widenLater(id, key, term, staged);
    return staged.first;
  }

  /** Runs the alternatives once the first results are out, and says so when they add to them. */
  async function widenLater(id, key, term, staged) {
    // The first results' excerpts before the alternatives' searches, so these do
    // not hold those up: Pagefind keeps each fragment it loads, so the Component
    // UI's own requests for them are answered from what this loaded.
    await Promise.all(staged.first.results.slice(0, FIRST_SHOWN).map((result) => result.data()));
    if (id !== latest) return;
    const response = await staged.widen();
    if (id !== latest || sameResults(staged.first, response)) return;
    widened = { key, response };
    document.dispatchEvent(new CustomEvent(SEARCH_WIDENED, { detail: { term } }));
  }

  return { ...instance, search };
}
