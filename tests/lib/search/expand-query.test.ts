import { describe, expect, it } from "vitest";
import {
  ALTERNATIVE_WEIGHT,
  MAX_SEARCHES,
  type SearchVocabulary,
  danishStem,
  expandQuery,
  mergeResults,
  otherSpellings,
  queryWords,
  sameResults,
  searchExpanded,
  searchInStages,
  searchesFor,
  vocabularyKey,
} from "../../../lib/search/expand-query.js";

const vocabulary: SearchVocabulary = {
  compounds: { rapportering: ["bæredygtighedsrapportering", "klimarapportering"], ansvar: ["samfundsansvar"] },
  synonyms: [
    ["csr", "samfundsansvar", "virksomheders sociale ansvar"],
    ["smv", "små og mellemstore virksomheder"],
  ],
};
const searchTerms = (term: string) => searchesFor(expandQuery(term, vocabulary)).map((search) => search.term);

describe("danishStem (Snowball, Danish)", () => {
  it.each([
    ["rapporteringen", "rapportering"],
    ["virksomheder", "virksom"],
    ["virksomhed", "virksom"],
    ["frivillige", "frivil"],
    ["frivillighed", "frivil"],
    ["verdensmålene", "verdensmål"],
    ["indsatsen", "indsats"],
  ])("%s → %s", (word, stem) => {
    expect(danishStem(word)).toBe(stem);
  });

  it("gives one key to forms Snowball stems apart: indsats and indsatsen", () => {
    expect(danishStem("indsats")).toBe("indsat");
    expect(vocabularyKey("indsatsen")).toBe(vocabularyKey("indsats"));
  });
});

describe("queryWords and otherSpellings", () => {
  it("splits a query into lower-case words, keeping an apostrophe or hyphen inside a word", () => {
    expect(queryWords("Små og mellemstore (SMV'er), CSR-strategi!")).toEqual(["små", "og", "mellemstore", "smv'er", "csr-strategi"]);
  });

  it("writes æ, ø, å as ae, oe, aa and back", () => {
    expect(otherSpellings("århus")).toEqual(["aarhus"]);
    expect(otherSpellings("aalborg")).toEqual(["ålborg"]);
    expect(otherSpellings("baeredygtighed")).toEqual(["bæredygtighed"]);
    expect(otherSpellings("netværk")).toEqual(["netvaerk"]);
    expect(otherSpellings("strategi")).toEqual([]);
  });
});

describe("expandQuery and searchesFor", () => {
  it("searches the reader's query first, then each compound that contains a query word, in the vocabulary's order", () => {
    expect(searchTerms("rapporteringen")).toEqual(["rapporteringen", "bæredygtighedsrapportering", "klimarapportering"]);
  });

  it("puts each synonym in place of the word it stands for, a phrase as its words", () => {
    expect(searchTerms("CSR")).toEqual(["CSR", "samfundsansvar", "virksomheders sociale ansvar"]);
    expect(searchTerms("SMV klima")).toEqual(["SMV klima", "små og mellemstore virksomheder klima"]);
  });

  it("finds a synonym group by a phrase of the query, and replaces the whole phrase", () => {
    // Then the other spelling of "små", in place of that word only.
    expect(searchTerms("nye små og mellemstore virksomheder")).toEqual([
      "nye små og mellemstore virksomheder",
      "nye smv",
      "nye smaa og mellemstore virksomheder",
    ]);
  });

  it("finds a synonym by its stem, and the compounds of a synonym", () => {
    // "samfundsansvaret" has the key of "samfundsansvar", so the group's other members stand in for it
    // ("samfundsansvar" itself would find what the query finds: Pagefind stems both alike).
    expect(searchTerms("samfundsansvaret")).toEqual(["samfundsansvaret", "csr", "virksomheders sociale ansvar"]);
    expect(searchTerms("ansvar")).toEqual(["ansvar", "samfundsansvar"]);
  });

  it("searches the other spelling of æ, ø and å", () => {
    expect(searchTerms("Århus")).toEqual(["Århus", "aarhus"]);
  });

  it("adds nothing to a query the vocabulary does not know, and nothing the query already says", () => {
    expect(searchTerms("strategi")).toEqual(["strategi"]);
    expect(expandQuery("samfundsansvar", vocabulary).alternatives.map((alternative) => alternative.text)).not.toContain("samfundsansvar");
  });

  it("weighs the reader's own query fully and every alternative less", () => {
    expect(searchesFor(expandQuery("CSR", vocabulary)).map((search) => search.weight)).toEqual([1, ALTERNATIVE_WEIGHT, ALTERNATIVE_WEIGHT]);
    expect(ALTERNATIVE_WEIGHT).toBeLessThan(1);
  });

  it("runs at most MAX_SEARCHES searches", () => {
    const many = { compounds: { del: Array.from({ length: 40 }, (_, index) => `ord${index}del`) }, synonyms: [] };
    expect(searchesFor(expandQuery("del", many))).toHaveLength(MAX_SEARCHES);
  });
});

describe("mergeResults", () => {
  it("keeps each page once with its best weighted score, best first, equal scores by id, as the first search found it", () => {
    const merged = mergeResults([
      { weight: 1, results: [{ id: "a", score: 10 }, { id: "b", score: 4 }] as Array<{ id: string; score: number; excerpt?: string }> },
      { weight: 0.5, results: [{ id: "b", score: 20, excerpt: "alternative" }, { id: "d", score: 6 }, { id: "c", score: 6 }] },
    ]);
    expect(merged).toEqual([
      { id: "a", score: 10 },
      // Found by both: ranked by the alternative's 20 × 0.5, shown as the reader's own search found it.
      { id: "b", score: 10 },
      { id: "c", score: 3 },
      { id: "d", score: 3 },
    ]);
  });
});

describe("searchExpanded", () => {
  /** A Pagefind stand-in: each term finds the given pages, with filter counts. */
  const fakePagefind = (pages: Record<string, Array<{ id: string; score: number }>>) => {
    const asked: Array<string | null> = [];
    return {
      asked,
      search: async (term: string | null) => {
        asked.push(term);
        const results = pages[term ?? ""] ?? [];
        return { results, unfilteredResultCount: results.length, filters: { år: { "2020": results.length } }, totalFilters: { år: { "2020": results.length } } };
      },
    };
  };

  it("merges the searches' results and keeps each filter value's highest count", async () => {
    const pagefind = fakePagefind({ CSR: [{ id: "a", score: 10 }], samfundsansvar: [{ id: "b", score: 20 }, { id: "c", score: 1 }] });
    const response = await searchExpanded(pagefind, "CSR", {}, vocabulary);
    expect(pagefind.asked).toEqual(["CSR", "samfundsansvar", "virksomheders sociale ansvar"]);
    expect(response.results.map((result) => result.id)).toEqual(["b", "a", "c"]);
    expect(response.filters).toEqual({ år: { "2020": 2 } });
    expect(response.unfilteredResultCount).toBe(2);
  });

  it("answers the query as typed first, and searches the alternatives only when asked to widen", async () => {
    const pagefind = fakePagefind({ CSR: [{ id: "a", score: 10 }], samfundsansvar: [{ id: "b", score: 20 }] });
    const staged = await searchInStages(pagefind, "CSR", {}, vocabulary);
    expect(staged.first.results.map((result) => result.id)).toEqual(["a"]);
    expect(pagefind.asked).toEqual(["CSR"]);
    const widened = await staged.widen?.();
    expect(pagefind.asked).toEqual(["CSR", "samfundsansvar", "virksomheders sociale ansvar"]);
    expect(widened?.results.map((result) => result.id)).toEqual(["b", "a"]);
  });

  it("has nothing to widen for a query without alternatives or without a term", async () => {
    const pagefind = fakePagefind({ strategi: [{ id: "a", score: 1 }] });
    expect((await searchInStages(pagefind, "strategi", {}, vocabulary)).widen).toBeNull();
    expect((await searchInStages(pagefind, null, {}, vocabulary)).widen).toBeNull();
  });

  it("tells a merged list that only reorders or adds pages from one that shows the same", () => {
    const response = (...ids: string[]) => ({ results: ids.map((id) => ({ id, score: 1 })), unfilteredResultCount: ids.length });
    expect(sameResults(response("a", "b"), response("a", "b"))).toBe(true);
    expect(sameResults(response("a", "b"), response("b", "a"))).toBe(false);
    expect(sameResults(response("a", "b"), response("a", "b", "c"))).toBe(false);
  });

  it("runs a filter-only search (no term) and a query without alternatives as one plain search", async () => {
    const pagefind = fakePagefind({ strategi: [{ id: "a", score: 1 }] });
    await searchExpanded(pagefind, null, {}, vocabulary);
    const plain = await searchExpanded(pagefind, "strategi", {}, vocabulary);
    expect(pagefind.asked).toEqual([null, "strategi"]);
    expect(plain.results).toEqual([{ id: "a", score: 1 }]);
  });
});
