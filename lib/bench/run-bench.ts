import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type CorpusPost, generateCorpus } from "./corpus.ts";
import { devServerCommand, freePort, measureDevLoop } from "./dev-loop.ts";
import { ENGINE_PATHS, baselineFiles, hugoFiles } from "./engines.ts";
import { type CommandResult, type CommandSpec, findOnPath, timeCommand } from "./measure.ts";
import { type EngineFigures, type SizeResult, median, peak } from "./report.ts";
import { measureSearchCost } from "./search-cost.ts";
import { writeCorpusSite } from "./site-root.ts";

/** The build date the corpus is built with (2026-01-01): after every post, and the same for every run. */
export const BENCH_SOURCE_DATE_EPOCH = "1767225600";

/** A corpus site written to a temporary folder. */
export interface CorpusSite {
  root: string;
  posts: CorpusPost[];
}

/** The layout the project's posts folder data file gives its posts, which the baseline must also provide. */
async function postsLayout(projectRoot: string): Promise<string> {
  const data = JSON.parse(await readFile(path.join(projectRoot, "content/posts/posts.11tydata.json"), "utf8")) as { layout?: unknown };
  if (typeof data.layout !== "string") throw new Error("content/posts/posts.11tydata.json names no layout.");
  return data.layout;
}

/** Generates a corpus of `count` posts and writes it, with the baseline's and Hugo's sites, as a site root in a temporary folder. */
export async function createCorpusSite(projectRoot: string, count: number, seed: number): Promise<CorpusSite> {
  const root = await mkdtemp(path.join(tmpdir(), `csr-bench-${count}-`));
  const posts = generateCorpus({ count, seed });
  await writeCorpusSite(projectRoot, root, [...posts, ...baselineFiles(await postsLayout(projectRoot)), ...hugoFiles()]);
  return { root, posts };
}

export interface RunSizeOptions {
  projectRoot: string;
  site: CorpusSite;
  runs: number;
  /** Progress, for standard error. */
  log: (line: string) => void;
}

interface Engine {
  name: string;
  /** Runs one timed build from a clean output folder; returns each step's result. */
  build(): Promise<CommandResult[]>;
  results: CommandResult[][];
}

/**
 * Times our production build, the baseline (bare Eleventy, then the Pagefind CLI)
 * and Hugo (if on the PATH) over one corpus, `runs` times each, alternating which
 * goes first; then measures the dev loop. Medians of the runs are returned.
 */
export async function runSize({ projectRoot, site, runs, log }: RunSizeOptions): Promise<SizeResult> {
  const { root } = site;
  const env = { ...process.env, SOURCE_DATE_EPOCH: BENCH_SOURCE_DATE_EPOCH };
  const bin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);
  const run = (command: string, args: string[]): Promise<CommandResult> => timeCommand({ command, args, cwd: root, env } satisfies CommandSpec);
  const clean = (folder: string) => rm(path.join(root, folder), { recursive: true, force: true });
  const pagefind = existsSync(bin("pagefind")) ? bin("pagefind") : undefined;
  const hugo = findOnPath("hugo");

  const engines: Engine[] = [
    {
      name: "ours",
      results: [],
      async build() {
        await clean("_site");
        return [await run(bin("tsx"), [path.join(projectRoot, "scripts/build.ts"), "--quiet"])];
      },
    },
    {
      name: "baseline",
      results: [],
      async build() {
        await clean(ENGINE_PATHS.baselineOutput);
        const eleventy = await run(process.execPath, [
          path.join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"),
          `--config=${ENGINE_PATHS.baselineConfig}`,
          "--quiet",
        ]);
        if (pagefind === undefined) return [eleventy];
        return [eleventy, await run(pagefind, ["--site", ENGINE_PATHS.baselineOutput])];
      },
    },
  ];
  if (hugo !== undefined) {
    engines.push({
      name: "hugo",
      results: [],
      async build() {
        await clean(ENGINE_PATHS.hugoOutput);
        return [await run(hugo, ["--source", ENGINE_PATHS.hugoSource, "--quiet"])];
      },
    });
  }

  for (let round = 0; round < runs; round += 1) {
    for (let turn = 0; turn < engines.length; turn += 1) {
      const engine = engines[(round + turn) % engines.length] as Engine;
      const steps = await engine.build();
      engine.results.push(steps);
      log(`  ${site.posts.length} posts, run ${round + 1}/${runs}, ${engine.name}: ${steps.map((step) => `${step.seconds.toFixed(2)} s`).join(" + ")}`);
    }
  }

  const figures = (engine: Engine | undefined): EngineFigures | undefined =>
    engine === undefined
      ? undefined
      : {
          seconds: median(engine.results.map((steps) => steps.reduce((sum, step) => sum + step.seconds, 0))),
          peakRssKb: peak(engine.results.flat().map((step) => step.peakRssKb)),
        };
  const [ours, baseline, hugoEngine] = engines;
  const baselineRuns = (baseline as Engine).results;
  const result: SizeResult = {
    posts: site.posts.length,
    runs,
    ours: figures(ours) as EngineFigures,
    baseline: {
      ...(figures(baseline) as EngineFigures),
      eleventySeconds: median(baselineRuns.map((steps) => (steps[0] as CommandResult).seconds)),
      pagefindSeconds: pagefind === undefined ? undefined : median(baselineRuns.map((steps) => (steps[1] as CommandResult).seconds)),
    },
    hugo: figures(hugoEngine),
    devLoop: undefined,
  };

  // Our last build's output is still there: no other engine writes to _site.
  result.search = await measureSearchCost(root, path.join(root, "_site"));

  log(`  ${site.posts.length} posts: dev loop…`);
  const packageJson = JSON.parse(await readFile(path.join(projectRoot, "package.json"), "utf8")) as { scripts?: Record<string, string> };
  const server = devServerCommand(packageJson.scripts?.start ?? "", projectRoot, await freePort());
  const edited = site.posts[Math.floor(site.posts.length / 2)] as CorpusPost;
  const loop = await measureDevLoop({
    server,
    cwd: root,
    env,
    postFile: path.join(root, edited.path),
    pageFile: path.join(root, server.output, edited.urlPath, "index.html"),
    edits: runs,
    // Generous: the first build of a large corpus on a busy machine takes minutes.
    timeoutMs: 60_000 + site.posts.length * 30,
  });
  log(`  dev server ready in ${loop.startupSeconds.toFixed(2)} s; edits: ${loop.rebuildSeconds.map((value) => `${value.toFixed(2)} s`).join(", ")}`);
  result.devLoop = { startupSeconds: loop.startupSeconds, rebuildSeconds: median(loop.rebuildSeconds) };
  return result;
}
