import yaml from "js-yaml";
import { z } from "zod";

/** How many results a reader looks at: a query passes when every expected post is among them. */
const TOP_K = 5;

const relevanceQuerySchema = z.strictObject({
  query: z.string().trim().min(1),
  kind: z.enum(["compound", "synonym", "abbreviation", "spelling", "inflection"]),
  expected: z.array(z.string().min(1)).min(1).max(TOP_K),
});

/** One query of the relevance test set, and the posts (paths below the fixture's posts folder, without .md) it must find. */
export type RelevanceQuery = z.infer<typeof relevanceQuerySchema>;

/** Reads the relevance test set (a YAML list); throws, naming the entry, when it is malformed. */
export function parseRelevanceQueries(source: string): RelevanceQuery[] {
  return z.array(relevanceQuerySchema).min(1).parse(yaml.load(source, { schema: yaml.CORE_SCHEMA }));
}

/** How one query did: the share of its expected posts in the top 5, and 1 / the rank of the first one found. */
export interface QueryScore {
  recallAtK: number;
  reciprocalRank: number;
  /** Every expected post in the top 5. */
  passed: boolean;
  /** The expected posts not in the top 5. */
  missing: string[];
}

/**
 * Scores one ranking against the expected posts.
 * @example scoreRanking(["/a/", "/b/"], ["/x/", "/b/", "/a/"]) // { recallAtK: 1, reciprocalRank: 0.5, passed: true, missing: [] }
 */
export function scoreRanking(expected: readonly string[], ranked: readonly string[]): QueryScore {
  const top = ranked.slice(0, TOP_K);
  const missing = expected.filter((url) => !top.includes(url));
  const found = expected.length - missing.length;
  const firstRank = ranked.findIndex((url) => expected.includes(url));
  return {
    recallAtK: found / expected.length,
    reciprocalRank: firstRank === -1 ? 0 : 1 / (firstRank + 1),
    passed: missing.length === 0,
    missing,
  };
}

/** A whole run: the means over its queries, and how many passed. */
export interface RunSummary {
  recallAtK: number;
  meanReciprocalRank: number;
  passed: number;
  total: number;
}

/** The means of a run's scores. */
export function summarize(scores: readonly QueryScore[]): RunSummary {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  return {
    recallAtK: mean(scores.map((score) => score.recallAtK)),
    meanReciprocalRank: mean(scores.map((score) => score.reciprocalRank)),
    passed: scores.filter((score) => score.passed).length,
    total: scores.length,
  };
}

/** One query's scores without and with expansion. */
export interface ComparedQuery {
  query: RelevanceQuery;
  before: QueryScore;
  after: QueryScore;
}

/** The queries that passed without expansion and fail with it: none may. */
export function regressions(compared: readonly ComparedQuery[]): ComparedQuery[] {
  return compared.filter(({ before, after }) => before.passed && !after.passed);
}

/** The report `npm run search:eval` prints: one line a query, then the figures before and after. */
export function formatRelevanceReport(compared: readonly ComparedQuery[]): string {
  const figure = (value: number) => value.toFixed(3);
  const mark = (score: QueryScore) => (score.passed ? "pass" : "FAIL");
  const before = summarize(compared.map((entry) => entry.before));
  const after = summarize(compared.map((entry) => entry.after));
  const width = Math.max(...compared.map(({ query }) => query.query.length));
  return [
    `${"query".padEnd(width)}  kind          before        after`,
    ...compared.map(
      ({ query, before: old, after: now }) =>
        `${query.query.padEnd(width)}  ${query.kind.padEnd(12)}  ${mark(old)} ${figure(old.reciprocalRank)}  ${mark(now)} ${figure(now.reciprocalRank)}` +
        (now.missing.length > 0 ? `  not in top ${TOP_K}: ${now.missing.join(" ")}` : ""),
    ),
    "",
    `| | recall@${TOP_K} | MRR | queries passing |`,
    "| --- | --- | --- | --- |",
    `| Pagefind alone | ${figure(before.recallAtK)} | ${figure(before.meanReciprocalRank)} | ${before.passed} of ${before.total} |`,
    `| with expansion | ${figure(after.recallAtK)} | ${figure(after.meanReciprocalRank)} | ${after.passed} of ${after.total} |`,
  ].join("\n");
}
