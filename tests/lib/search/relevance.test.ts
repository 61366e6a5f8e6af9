import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadPosts } from "../../../lib/content/load-posts.ts";
import { RELEVANCE_FOLDER } from "../../../lib/search/evaluate-relevance.ts";
import { formatRelevanceReport, parseRelevanceQueries, regressions, scoreRanking, summarize } from "../../../lib/search/relevance.ts";
import { PROJECT_ROOT } from "../../helpers/fixture-site.ts";

describe("scoreRanking", () => {
  it("counts the expected posts in the top 5, and the rank of the first one", () => {
    expect(scoreRanking(["/a/", "/b/"], ["/x/", "/b/", "/y/", "/z/", "/w/", "/a/"])).toEqual({
      recallAtK: 0.5,
      reciprocalRank: 0.5,
      passed: false,
      missing: ["/a/"],
    });
    expect(scoreRanking(["/a/"], ["/a/"])).toEqual({ recallAtK: 1, reciprocalRank: 1, passed: true, missing: [] });
    expect(scoreRanking(["/a/"], [])).toEqual({ recallAtK: 0, reciprocalRank: 0, passed: false, missing: ["/a/"] });
  });
});

describe("summarize and regressions", () => {
  const pass = scoreRanking(["/a/"], ["/a/"]);
  // Sixth: found, but not in the top 5.
  const fail = scoreRanking(["/a/"], ["/b/", "/c/", "/d/", "/e/", "/f/", "/a/"]);
  const query = { query: "q", kind: "compound" as const, expected: ["a"] };

  it("averages recall@5 and reciprocal rank over the queries", () => {
    expect(summarize([pass, scoreRanking(["/a/", "/b/"], ["/b/", "/x/"])])).toEqual({ recallAtK: 0.75, meanReciprocalRank: 1, passed: 1, total: 2 });
  });

  it("names a query that passed before and fails after, and no other", () => {
    expect(regressions([{ query, before: pass, after: fail }])).toHaveLength(1);
    expect(regressions([{ query, before: fail, after: pass }, { query, before: pass, after: pass }])).toEqual([]);
    expect(formatRelevanceReport([{ query, before: pass, after: fail }])).toContain("| with expansion | 0.000 |");
  });
});

describe("the relevance test set", () => {
  it("has at least 30 queries over at least 40 posts, each expected post one of them", async () => {
    const queries = parseRelevanceQueries(await readFile(`${PROJECT_ROOT}/${RELEVANCE_FOLDER}/queries.yaml`, "utf8"));
    const posts = await loadPosts(`${PROJECT_ROOT}/${RELEVANCE_FOLDER}`, `${PROJECT_ROOT}/${RELEVANCE_FOLDER}/posts`);
    const names = new Set(posts.map((post) => post.file.replace(/^posts\/|\.md$/g, "")));
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(posts.length).toBeGreaterThanOrEqual(40);
    expect(queries.flatMap((query) => query.expected).filter((name) => !names.has(name))).toEqual([]);
    expect(new Set(queries.map((query) => query.kind))).toEqual(new Set(["compound", "synonym", "abbreviation", "spelling", "inflection"]));
  });

  it("rejects a query with more expected posts than the top 5 can hold", () => {
    expect(() => parseRelevanceQueries("- { query: x, kind: compound, expected: [a, b, c, d, e, f] }")).toThrow();
  });
});
