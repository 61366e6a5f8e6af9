// @ts-check
// Query expansion for the search page: a reader's query, widened with the words
// the build's vocabulary says mean the same (synonyms, abbreviations), the
// compounds of this corpus that contain a query word ("rapportering" →
// "bæredygtighedsrapportering"), and the other spelling of æ/ø/å. Runs in the
// browser on /soeg/ (published beside the search page's Pagefind adapter) and in
// Node for `npm run search:eval`, so it is plain JavaScript with JSDoc types, and
// imports nothing.

/**
 * The vocabulary the build writes (lib/search/vocabulary.ts) and /soeg/ loads.
 * @typedef {object} SearchVocabulary
 * @property {Record<string, string[]>} compounds  A part's key (vocabularyKey) → the compounds of the corpus that contain it, not first.
 * @property {string[][]} synonyms  Groups of words and phrases that mean the same, lower case.
 */

/**
 * What a query becomes: the reader's words, and for a word or a run of words of
 * it, the words or phrases that may stand in its place.
 * @typedef {object} ExpandedQuery
 * @property {string} term  The reader's query as typed.
 * @property {string[]} words  The query's words (queryWords).
 * @property {Alternative[]} alternatives  In the order they are searched: synonyms, spellings, compounds.
 */

/**
 * Something that may stand in place of the query's words `start` to `end` (exclusive).
 * @typedef {object} Alternative
 * @property {number} start
 * @property {number} end
 * @property {string} text  a word or a phrase
 */

/** Letters the Danish Snowball stemmer counts as vowels. */
const VOWELS = "aeiouyæåø";

/** Step 1 endings of the Danish Snowball stemmer, longest first. */
const STEP1_ENDINGS = [
  "erendes", "erende", "hedens", "ethed", "erede", "heden", "heder", "endes", "ernes", "erens", "erets",
  "ered", "ende", "erne", "eren", "erer", "heds", "enes", "eres", "eret", "hed", "ene", "ere", "ens", "ers",
  "ets", "en", "er", "es", "et", "e",
];

/** Letters after which a final s is an ending (Snowball's s-ending). */
const S_ENDING = "abcdfghjklmnoprtvyzå";

/** Step 3 endings, longest first. */
const STEP3_ENDINGS = ["elig", "løst", "lig", "els", "ig"];

/**
 * A Danish word's stem, by the Snowball algorithm for Danish (the one Pagefind
 * uses for `lang="da"`): the key the vocabulary's compounds are filed under, so
 * "rapporteringen" finds what "rapportering" does.
 * @param {string} word  lower case
 * @returns {string}
 * @example danishStem("rapporteringen") // "rapportering"
 */
export function danishStem(word) {
  const r1 = regionOne(word);
  let stem = word;
  const inRegion = (/** @type {string} */ ending) => stem.endsWith(ending) && stem.length - ending.length >= r1;

  const step1 = STEP1_ENDINGS.find(inRegion);
  if (step1 !== undefined) stem = stem.slice(0, -step1.length);
  else if (inRegion("s") && S_ENDING.includes(stem.at(-2) ?? "")) stem = stem.slice(0, -1);

  const step2 = () => {
    if (["gd", "dt", "gt", "kt"].some(inRegion)) stem = stem.slice(0, -1);
  };
  step2();

  if (stem.endsWith("igst")) stem = stem.slice(0, -2);
  const step3 = STEP3_ENDINGS.find(inRegion);
  if (step3 === "løst") stem = stem.slice(0, -1);
  else if (step3 !== undefined) {
    stem = stem.slice(0, -step3.length);
    step2();
  }

  // Step 4: undouble a final consonant in R1 ("mødd" → "mød").
  const last = stem.at(-1) ?? "";
  if (stem.length - 2 >= r1 && last === stem.at(-2) && !VOWELS.includes(last) && /\p{L}/u.test(last)) stem = stem.slice(0, -1);
  return stem;
}

/**
 * The key a compound is filed under in the vocabulary, for a part of it or a
 * query word: the stem of the stem. Snowball takes an s-ending off "indsats"
 * ("indsat") but only the -en off "indsatsen" ("indsats"); stemming twice brings
 * both to one key.
 * @param {string} word  lower case
 * @returns {string}
 * @example vocabularyKey("indsatsen") === vocabularyKey("indsats") // true
 */
export function vocabularyKey(word) {
  return danishStem(danishStem(word));
}

/** Where Snowball's R1 starts: after the first non-vowel that follows a vowel, and at 3 at least. */
function regionOne(/** @type {string} */ word) {
  for (let index = 1; index < word.length; index++) {
    if (!VOWELS.includes(word[index] ?? "") && VOWELS.includes(word[index - 1] ?? "")) return Math.max(3, index + 1);
  }
  return word.length;
}

/**
 * The words of a query or a text, as the search compares them: lower case, split
 * at anything but letters, digits and the apostrophe inside a word ("SMV'er").
 * @param {string} text
 * @returns {string[]}
 * @example queryWords("Små og mellemstore (SMV'er)") // ["små", "og", "mellemstore", "smv'er"]
 */
export function queryWords(text) {
  return (text.toLocaleLowerCase("da").match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.replace(/’/g, "'"));
}

/**
 * The same word with æ, ø, å written ae, oe, aa, and the other way round: a
 * reader without Danish keys writes "baeredygtighed", a post "Aarhus" or "Århus".
 * @param {string} word  lower case
 * @returns {string[]}  the other spellings, without the word itself
 * @example otherSpellings("århus") // ["aarhus"]
 */
export function otherSpellings(word) {
  const plain = word.replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa");
  const danish = word.replace(/ae/g, "æ").replace(/oe/g, "ø").replace(/aa/g, "å");
  return [...new Set([plain, danish])].filter((spelling) => spelling !== word);
}

/**
 * A reader's query widened with the vocabulary. A synonym group applies to a run
 * of the query's words that is one of its phrases, or to a word with the stem of
 * one of its words; its other members may stand in their place. Each word may
 * also be spelt the other way (otherSpellings) and be a part of the corpus's
 * compounds filed under its key, or under the key of a synonym that replaces it.
 * @param {string} term  the query as typed
 * @param {SearchVocabulary} vocabulary
 * @returns {ExpandedQuery}
 * @example expandQuery("SMV", { compounds: {}, synonyms: [["smv", "små og mellemstore virksomheder"]] }).alternatives
 * // [{ start: 0, end: 1, text: "små og mellemstore virksomheder" }]
 */
export function expandQuery(term, vocabulary) {
  const words = queryWords(term);
  /** @type {Alternative[]} */
  const synonyms = [];
  /** @type {Alternative[]} */
  const spellings = [];
  /** @type {Alternative[]} */
  const compounds = [];
  const keys = words.map((word) => new Set([word, ...otherSpellings(word)].map(vocabularyKey)));

  for (const group of vocabulary.synonyms) {
    for (const member of group) {
      const memberWords = member.split(" ");
      const matches = memberWords.length === 1 ? (/** @type {number} */ index) => keys[index]?.has(vocabularyKey(member)) === true : (/** @type {number} */ index) => memberWords.every((word, offset) => [words[index + offset] ?? "", ...otherSpellings(words[index + offset] ?? "")].includes(word));
      for (let start = 0; start + memberWords.length <= words.length; start++) {
        if (!matches(start)) continue;
        const end = start + memberWords.length;
        for (const other of group) if (other !== member) synonyms.push({ start, end, text: other });
      }
    }
  }
  words.forEach((word, index) => {
    for (const spelling of otherSpellings(word)) spellings.push({ start: index, end: index + 1, text: spelling });
  });
  const compoundSources = [...words.map((word, index) => ({ start: index, end: index + 1, text: word })), ...spellings, ...synonyms.filter((synonym) => !synonym.text.includes(" "))];
  for (const source of compoundSources) {
    for (const compound of vocabulary.compounds[vocabularyKey(source.text)] ?? []) compounds.push({ start: source.start, end: source.end, text: compound });
  }

  /** @type {Set<string>} */
  const seen = new Set();
  const alternatives = [...synonyms, ...spellings, ...compounds].filter((alternative) => {
    const key = `${alternative.start}:${alternative.end}:${alternative.text}`;
    const same = words.slice(alternative.start, alternative.end).join(" ") === alternative.text;
    if (same || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { term, words, alternatives };
}

/**
 * One of the searches an expanded query runs, and how much its matches count.
 * @typedef {object} WeightedSearch
 * @property {string} term  as Pagefind is given it
 * @property {number} weight  multiplies Pagefind's score
 */

/**
 * How much a match found only through an alternative counts against the reader's
 * own words. Measured with `npm run search:eval`: 0.5, 0.7 and 0.9 find the same
 * posts (recall@5 0.962), with MRR 0.973, 0.986 and 1.000.
 */
export const ALTERNATIVE_WEIGHT = 0.9;

/**
 * The most searches one query runs, its own included: Pagefind requires every
 * word of a search on a page, so each alternative is a search of its own, and
 * this bounds the work after the first results (searchInStages).
 */
export const MAX_SEARCHES = 6;

/**
 * The Pagefind searches for an expanded query: the reader's own query at full
 * weight, then the query with each alternative in place of the words it stands
 * for. Pagefind finds a page only when it holds every word of a search, so
 * alternatives cannot share one search, and a phrase needs no quotes (Pagefind's
 * quoted search scores every match 1, far below its ranked scores).
 * @param {ExpandedQuery} query
 * @returns {WeightedSearch[]}
 */
export function searchesFor(query) {
  /** @type {WeightedSearch[]} */
  const searches = [{ term: query.term, weight: 1 }];
  for (const { start, end, text } of query.alternatives) {
    if (searches.length >= MAX_SEARCHES) break;
    const term = [...query.words.slice(0, start), text, ...query.words.slice(end)].join(" ");
    if (!searches.some((search) => search.term === term)) searches.push({ term, weight: ALTERNATIVE_WEIGHT });
  }
  return searches;
}

/**
 * A Pagefind result as far as merging reads it.
 * @typedef {{ id: string, score: number }} ScoredResult
 */

/**
 * The results of several searches as one list: each page once, ranked by its
 * best weighted score, best first, pages with equal scores in the order of their
 * id, so the same query always lists the same pages in the same order. A page
 * keeps the result of the first search that found it, so where the reader's own
 * words find a page, its excerpt marks those words.
 * @template {ScoredResult} R
 * @param {Array<{ weight: number, results: R[] }>} searches  the reader's own query first
 * @returns {R[]}  the results, each with the score it was ranked by
 */
export function mergeResults(searches) {
  /** @type {Map<string, R>} */
  const merged = new Map();
  for (const { weight, results } of searches) {
    for (const result of results) {
      const score = result.score * weight;
      const known = merged.get(result.id);
      if (known === undefined) merged.set(result.id, { ...result, score });
      else if (score > known.score) known.score = score;
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The part of a Pagefind instance (its JS API's createInstance) an expanded search uses.
 * @typedef {object} PagefindSearcher
 * @property {(term: string | null, options?: object) => Promise<PagefindResponse>} search
 */

/**
 * A Pagefind search response, as far as merging reads it.
 * @typedef {object} PagefindResponse
 * @property {Array<ScoredResult>} results
 * @property {number} unfilteredResultCount
 * @property {Record<string, Record<string, number>>} [filters]
 * @property {Record<string, Record<string, number>>} [totalFilters]
 */

/**
 * An expanded search in two stages, so the reader's own query need not wait for
 * the alternatives' searches.
 * @typedef {object} StagedSearch
 * @property {PagefindResponse} first  Pagefind's answer to the query as typed
 * @property {(() => Promise<PagefindResponse>) | null} widen  Runs the alternatives' searches and resolves to every result merged (as searchExpanded answers); null when the vocabulary adds nothing.
 */

/**
 * Searches Pagefind for the query as typed, and hands back with its answer the
 * rest of the expanded search: the searches of searchesFor, run together once
 * called, their results merged with the first answer's (mergeResults), each
 * filter value counted as in the search that found most pages with it. A query
 * that adds nothing, and a filter-only search (no term), is one plain search.
 * @param {PagefindSearcher} pagefind
 * @param {string | null} term
 * @param {object} options  Pagefind's search options (filters, sort), passed on
 * @param {SearchVocabulary} vocabulary
 * @returns {Promise<StagedSearch>}
 */
export async function searchInStages(pagefind, term, options, vocabulary) {
  const searches = term === null || term.trim() === "" ? [] : searchesFor(expandQuery(term, vocabulary));
  const first = await pagefind.search(term, options);
  if (searches.length <= 1) return { first, widen: null };
  const widen = async () => {
    const others = await Promise.all(searches.slice(1).map((search) => pagefind.search(search.term, options)));
    const responses = [first, ...others];
    return {
      ...first,
      results: mergeResults(responses.map((response, index) => ({ weight: searches[index]?.weight ?? 0, results: response.results }))),
      filters: widestFilters(responses.map((response) => response.filters)),
      totalFilters: widestFilters(responses.map((response) => response.totalFilters)),
      unfilteredResultCount: Math.max(...responses.map((response) => response.unfilteredResultCount)),
    };
  };
  return { first, widen };
}

/**
 * Searches Pagefind for a query widened with the vocabulary, and answers as
 * Pagefind itself does, once every search has answered (searchInStages).
 * @param {PagefindSearcher} pagefind
 * @param {string | null} term
 * @param {object} options  Pagefind's search options (filters, sort), passed on
 * @param {SearchVocabulary} vocabulary
 * @returns {Promise<PagefindResponse>}
 */
export async function searchExpanded(pagefind, term, options, vocabulary) {
  const { first, widen } = await searchInStages(pagefind, term, options, vocabulary);
  return widen === null ? first : widen();
}

/**
 * Whether two answers list the same pages in the same order: then showing the
 * second in place of the first changes nothing the reader sees.
 * @param {PagefindResponse} shown
 * @param {PagefindResponse} next
 * @returns {boolean}
 */
export function sameResults(shown, next) {
  return shown.results.length === next.results.length && shown.results.every((result, index) => result.id === next.results[index]?.id);
}

/**
 * Per filter value, the highest count of any search.
 * @param {Array<Record<string, Record<string, number>> | undefined>} filterSets
 * @returns {Record<string, Record<string, number>>}
 */
function widestFilters(filterSets) {
  /** @type {Record<string, Record<string, number>>} */
  const widest = {};
  for (const filters of filterSets) {
    for (const [name, values] of Object.entries(filters ?? {})) {
      const counts = (widest[name] ??= {});
      for (const [value, count] of Object.entries(values)) counts[value] = Math.max(counts[value] ?? 0, count);
    }
  }
  return widest;
}
