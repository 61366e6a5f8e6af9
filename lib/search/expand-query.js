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
 * What a query becomes: the reader's own query, single words to search for as
 * well, and phrases to search for each as a whole.
 * @typedef {object} ExpandedQuery
 * @property {string} term  The reader's query as typed.
 * @property {string[]} words  Added single words, none of them in the query already.
 * @property {string[]} phrases  Added phrases of two words or more.
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
 * A reader's query widened with the vocabulary. A synonym group applies when the
 * query holds one of its phrases, or a word with the stem of one of its words;
 * its other members are added. Every query word, in each spelling, adds the
 * compounds filed under its stem. Nothing the query already holds is added.
 * @param {string} term  the query as typed
 * @param {SearchVocabulary} vocabulary
 * @returns {ExpandedQuery}
 * @example expandQuery("SMV", { compounds: {}, synonyms: [["smv", "små og mellemstore virksomheder"]] })
 * // { term: "SMV", words: [], phrases: ["små og mellemstore virksomheder"] }
 */
export function expandQuery(term, vocabulary) {
  const typed = queryWords(term);
  const spelled = typed.flatMap((word) => [word, ...otherSpellings(word)]);
  const stems = new Set(spelled.map(danishStem));
  const typedText = ` ${typed.join(" ")} `;
  const spelledText = ` ${spelled.join(" ")} `;

  /** @type {Set<string>} */
  const added = new Set(spelled.filter((word) => !typed.includes(word)));
  for (const group of vocabulary.synonyms) {
    const applies = group.some((member) =>
      member.includes(" ") ? spelledText.includes(` ${member} `) || typedText.includes(` ${member} `) : stems.has(danishStem(member)),
    );
    if (applies) for (const member of group) added.add(member);
  }
  for (const word of [...spelled, ...[...added].filter((member) => !member.includes(" "))]) {
    for (const compound of vocabulary.compounds[vocabularyKey(word)] ?? []) added.add(compound);
  }

  const words = [...added].filter((member) => !member.includes(" ") && !typed.includes(member));
  const phrases = [...added].filter((member) => member.includes(" ") && !typedText.includes(` ${member} `));
  return { term, words, phrases };
}

/**
 * One of the searches an expanded query runs, and how much its matches count.
 * @typedef {object} WeightedSearch
 * @property {string} term  as Pagefind is given it
 * @property {number} weight  multiplies Pagefind's score
 */

/** How much a match found only through an added word counts against one of the reader's own words. */
export const ADDED_WORD_WEIGHT = 0.5;

/** The most phrase searches one query runs, to keep the first results within the time budget. */
export const MAX_PHRASE_SEARCHES = 4;

/**
 * The Pagefind searches for an expanded query: the reader's own query at full
 * weight; when words were added, the query with them (Pagefind ranks a page by
 * the words it matches, of any); each added phrase searched as a whole (in quotes).
 * @param {ExpandedQuery} query
 * @returns {WeightedSearch[]}
 */
export function searchesFor(query) {
  /** @type {WeightedSearch[]} */
  const searches = [{ term: query.term, weight: 1 }];
  if (query.words.length > 0) searches.push({ term: [query.term, ...query.words].join(" "), weight: ADDED_WORD_WEIGHT });
  for (const phrase of query.phrases.slice(0, MAX_PHRASE_SEARCHES)) searches.push({ term: `"${phrase}"`, weight: ADDED_WORD_WEIGHT });
  return searches;
}

/**
 * A Pagefind result as far as merging reads it.
 * @typedef {{ id: string, score: number }} ScoredResult
 */

/**
 * The results of several searches as one list: each page once, with its best
 * weighted score, best first; pages with equal scores in the order of their id,
 * so the same query always lists the same pages in the same order.
 * @template {ScoredResult} R
 * @param {Array<{ weight: number, results: R[] }>} searches
 * @returns {R[]}  the results, each with the score it was ranked by
 */
export function mergeResults(searches) {
  /** @type {Map<string, R>} */
  const best = new Map();
  for (const { weight, results } of searches) {
    for (const result of results) {
      const score = result.score * weight;
      const known = best.get(result.id);
      if (known === undefined || score > known.score) best.set(result.id, { ...result, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
 * Searches Pagefind for a query widened with the vocabulary, and answers as
 * Pagefind itself does: the searches of searchesFor run together, their results
 * merged (mergeResults), each filter value counted as in the search that found
 * most pages with it. A query that adds nothing, and a filter-only search (no
 * term), is one plain Pagefind search.
 * @param {PagefindSearcher} pagefind
 * @param {string | null} term
 * @param {object} options  Pagefind's search options (filters, sort), passed on
 * @param {SearchVocabulary} vocabulary
 * @returns {Promise<PagefindResponse>}
 */
export async function searchExpanded(pagefind, term, options, vocabulary) {
  if (term === null || term.trim() === "") return pagefind.search(term, options);
  const searches = searchesFor(expandQuery(term, vocabulary));
  if (searches.length === 1) return pagefind.search(term, options);
  const responses = await Promise.all(searches.map((search) => pagefind.search(search.term, options)));
  return {
    ...responses[0],
    results: mergeResults(responses.map((response, index) => ({ weight: searches[index]?.weight ?? 0, results: response.results }))),
    filters: widestFilters(responses.map((response) => response.filters)),
    totalFilters: widestFilters(responses.map((response) => response.totalFilters)),
    unfilteredResultCount: Math.max(...responses.map((response) => response.unfilteredResultCount)),
  };
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
