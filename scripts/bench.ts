// The benchmark: `npm run bench -- --n 1000,10000 --runs 3`. Generates corpora of
// meeting posts and times our production build against bare Eleventy plus the
// Pagefind CLI (and Hugo, when installed), then the dev server's edit loop.
// A developer tool: its messages are in English. Progress goes to standard error;
// standard output gets the table and one JSON line.
import { rmSync } from "node:fs";
import path from "node:path";
import { BENCH_USAGE, parseBenchArgs } from "../lib/bench/args.ts";
import { formatJson, formatTable, type ShippedResult, type SizeResult } from "../lib/bench/report.ts";
import { type CorpusSite, createCorpusSite, runShipped, runSize } from "../lib/bench/run-bench.ts";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (parsed.kind === "help") {
    console.log(BENCH_USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    console.error(`bench: ${parsed.message}\n${BENCH_USAGE}`);
    return 2;
  }
  const { sizes, runs, seed, keep, corpusOnly } = parsed.options;
  const log = (line: string) => console.error(line);
  const sites: CorpusSite[] = [];
  const results: SizeResult[] = [];
  const removeSites = () => {
    for (const site of sites) rmSync(site.root, { recursive: true, force: true });
  };
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      if (!keep) removeSites();
      process.exit(code);
    });
  }
  let shipped: ShippedResult | undefined;
  try {
    if (!corpusOnly) {
      log("The shipped site: npm run build and npm run check against bare Eleventy…");
      shipped = await runShipped({ projectRoot: PROJECT_ROOT, runs, log });
    }
    for (const size of sizes) {
      log(`Writing a corpus of ${size} posts (seed ${seed})…`);
      const site = await createCorpusSite(PROJECT_ROOT, size, seed);
      sites.push(site);
      if (corpusOnly) {
        console.log(site.root);
        continue;
      }
      results.push(await runSize({ projectRoot: PROJECT_ROOT, site, runs, log }));
      // So far, for a run cut short: standard output gets the whole table at the end.
      log(formatTable(results, shipped));
    }
  } finally {
    if (keep) for (const site of sites) log(`Kept ${site.root}`);
    else removeSites();
  }
  if (!corpusOnly) {
    console.log(formatTable(results, shipped));
    console.log(formatJson(results, seed, shipped));
  }
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
