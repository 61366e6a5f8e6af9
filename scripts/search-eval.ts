// The search's relevance test set: `npm run search:eval`. Builds the site with the
// fixture posts of tests/search-relevance/, runs every query through Pagefind's own
// search with and without query expansion, and prints recall@5 and MRR for both.
// Exit 1 when a query that passes without expansion fails with it, or when
// recall@5 with expansion is below 0.9.
import path from "node:path";
import { evaluateRelevance } from "../lib/search/evaluate-relevance.ts";
import { formatRelevanceReport, regressions, summarize } from "../lib/search/relevance.ts";

/** The recall@5 the expanded search must reach (issue 16). */
const REQUIRED_RECALL = 0.9;

const compared = await evaluateRelevance(path.resolve(import.meta.dirname, ".."), (line) => console.error(line));
console.log(formatRelevanceReport(compared));
const broken = regressions(compared);
const recall = summarize(compared.map((entry) => entry.after)).recallAtK;
for (const { query } of broken) console.error(`Regression: "${query.query}" passed without expansion and fails with it.`);
if (recall < REQUIRED_RECALL) console.error(`recall@5 with expansion is ${recall.toFixed(3)}, below ${REQUIRED_RECALL}.`);
process.exitCode = broken.length > 0 || recall < REQUIRED_RECALL ? 1 : 0;
