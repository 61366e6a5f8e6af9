import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type CorpusPost, generateCorpus } from "./corpus.ts";
import { freePort } from "../cli/free-port.ts";
import { devServerCommand, measureDevLoop } from "./dev-loop.ts";
import { ENGINE_PATHS, baselineFiles, hugoFiles } from "./engines.ts";
import { type CommandResult, type CommandSpec, findOnPath, timeCommand } from "./measure.ts";
import { parseBuildTimings } from "../build/timings.ts";
import { CARD_CACHE_DIR } from "../eleventy/share-cards-plugin.ts";
import {
  type DevLoopFigures,
  type EngineFigures,
  type PhaseFigures,
  type ShareCardFigures,
  type ShippedResult,
  type SizeResult,
  median,
  peak,
} from "./report.ts";
import { measureSearchCost } from "./search-cost.ts";
import { writeCorpusSite } from "./site-root.ts";

/** The build date the corpus is built with (2026-01-01): after every post, and the same for every run. */
export const BENCH_SOURCE_DATE_EPOCH = "1767225600";

/** The environment every timed command runs in: this process's, with the bench's build date. */
function benchEnv(): NodeJS.ProcessEnv {
  return { ...process.env, SOURCE_DATE_EPOCH: BENCH_SOURCE_DATE_EPOCH };
}

/** Node's arguments for bare Eleventy over the baseline's configuration, from a corpus root, then `extra`. */
function bareEleventyArgs(projectRoot: string, ...extra: string[]): string[] {
  return [path.join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${ENGINE_PATHS.baselineConfig}`, ...extra];
}

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
 * goes first; then measures the dev loop. Medians of the runs are returned. Before
 * the runs, our build runs once cold, with `.cache/share-cards/` empty, so it draws
 * every share card: that build is reported apart (`shareCards`), and our timed runs
 * are all warm, copying the cards it drew.
 */
export async function runSize({ projectRoot, site, runs, log }: RunSizeOptions): Promise<SizeResult> {
  const { root } = site;
  const env = benchEnv();
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
        return [await run(process.execPath, [...buildCommand(projectRoot), "--quiet", "--timings"])];
      },
    },
    {
      name: "baseline",
      results: [],
      async build() {
        await clean(ENGINE_PATHS.baselineOutput);
        const eleventy = await run(process.execPath, bareEleventyArgs(projectRoot, "--quiet"));
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

  await rm(path.join(root, CARD_CACHE_DIR), { recursive: true, force: true });
  const cold = (await (engines[0] as Engine).build())[0] as CommandResult;
  log(`  ${site.posts.length} posts, cold build (every share card drawn), ours: ${cold.seconds.toFixed(2)} s`);

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
  const ourRuns = (ours as Engine).results.map((steps) => steps[0] as CommandResult);
  const baselineRuns = (baseline as Engine).results;
  const result: SizeResult = {
    posts: site.posts.length,
    runs,
    ours: {
      ...(figures(ours) as EngineFigures),
      phases: phaseMedians(ourRuns),
      nodePeakRssKb: peak(ourRuns.map((step) => step.processPeaksKb.node)),
      pagefindPeakRssKb: peak(ourRuns.map((step) => step.processPeaksKb.pagefind)),
    },
    baseline: {
      ...(figures(baseline) as EngineFigures),
      eleventySeconds: median(baselineRuns.map((steps) => (steps[0] as CommandResult).seconds)),
      pagefindSeconds: pagefind === undefined ? undefined : median(baselineRuns.map((steps) => (steps[1] as CommandResult).seconds)),
      eleventyPeakRssKb: peak(baselineRuns.map((steps) => steps[0]?.peakRssKb)),
      pagefindPeakRssKb: peak(baselineRuns.map((steps) => steps[1]?.peakRssKb)),
    },
    hugo: figures(hugoEngine),
    devLoop: undefined,
    shareCards: shareCardFigures(cold, ourRuns),
  };

  // Our last build's output is still there: no other engine writes to _site.
  result.search = await measureSearchCost(root, path.join(root, "_site"));

  log(`  ${site.posts.length} posts: dev loop…`);
  // A dev server that does not come up in time costs this size its dev figures, not the whole run.
  try {
    result.devLoop = await measureDevServers(projectRoot, site, env, runs, log);
  } catch (error) {
    log(`  dev loop not measured: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  return result;
}


/** `npm start` on the corpus (start-up, then `runs` edits) and bare `eleventy --serve` (start-up). */
async function measureDevServers(
  projectRoot: string,
  site: CorpusSite,
  env: NodeJS.ProcessEnv,
  runs: number,
  log: (line: string) => void,
): Promise<DevLoopFigures> {
  const { root } = site;
  // Generous: the first build of a large corpus on a busy machine takes minutes.
  const timeoutMs = 120_000 + site.posts.length * 100;
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
    timeoutMs,
    // The watcher reads every input file after the first build: 1.5 s, and 1 ms a post more.
    settleMs: 1500 + site.posts.length,
  });
  log(`  dev server ready in ${loop.startupSeconds.toFixed(2)} s; edits: ${loop.rebuildSeconds.map((value) => `${value.toFixed(2)} s`).join(", ")}`);
  const bareStartup = await measureDevLoop({
    server: {
      command: process.execPath,
      args: bareEleventyArgs(projectRoot, "--serve", `--port=${await freePort()}`),
      output: ENGINE_PATHS.baselineOutput,
    },
    cwd: root,
    env,
    postFile: path.join(root, edited.path),
    pageFile: path.join(root, ENGINE_PATHS.baselineOutput, "unused"),
    edits: 0,
    timeoutMs,
  });
  log(`  bare eleventy --serve ready in ${bareStartup.startupSeconds.toFixed(2)} s`);
  return {
    startupSeconds: loop.startupSeconds,
    bareStartupSeconds: bareStartup.startupSeconds,
    rebuildSeconds: median(loop.rebuildSeconds),
  };
}

/**
 * Node's arguments for our production build, as `npm run build` runs it: the
 * compiled command (scripts/compiled.mjs), by its absolute path, from a corpus root.
 */
export function buildCommand(projectRoot: string): string[] {
  return [path.join(projectRoot, "scripts/compiled.mjs"), "build"];
}

/** The medians of our build's phases, in seconds; undefined when a run did not report them. */
function phaseMedians(runs: readonly CommandResult[]): PhaseFigures | undefined {
  const timings = runs.map((run) => parseBuildTimings(run.output));
  if (timings.length === 0 || timings.some((timing) => timing === undefined)) return undefined;
  const known = timings.filter((timing) => timing !== undefined);
  return {
    validationSeconds: median(known.map((timing) => timing.validationMs / 1000)),
    renderSeconds: median(known.map((timing) => timing.renderMs / 1000)),
    searchIndexSeconds: median(known.map((timing) => timing.searchIndexMs / 1000)),
    relatedSeconds: median(known.map((timing) => timing.relatedMs / 1000)),
  };
}

/** The share cards' cost: the cold build, which drew them, against the median warm build; undefined without its timings. */
function shareCardFigures(cold: CommandResult, warm: readonly CommandResult[]): ShareCardFigures | undefined {
  const timings = parseBuildTimings(cold.output);
  if (timings === undefined || warm.length === 0) return undefined;
  return {
    drawn: timings.shareCardsDrawn,
    drawSeconds: timings.shareCardsMs / 1000,
    coldSeconds: cold.seconds,
    coldNodePeakRssKb: cold.processPeaksKb.node,
    warmSeconds: median(warm.map((run) => run.seconds)),
  };
}

/**
 * The secretariat's real size, where fixed costs dominate: the project's own
 * posts in a temporary site root that runs the project's `npm run build` and
 * `npm run check` (its package.json, scripts and node_modules linked in), against
 * bare Eleventy over the same posts. `runs` times each, medians.
 */
export async function runShipped({ projectRoot, runs, log }: { projectRoot: string; runs: number; log: (line: string) => void }): Promise<ShippedResult> {
  const root = await mkdtemp(path.join(tmpdir(), "csr-bench-shipped-"));
  try {
    await writeCorpusSite(projectRoot, root, baselineFiles(await postsLayout(projectRoot)));
    for (const name of ["package.json", "node_modules", "scripts", "lib", ".eleventy.ts", "tsconfig.json"]) {
      await symlink(path.join(projectRoot, name), path.join(root, name));
    }
    const env = benchEnv();
    const run = (command: string, args: string[]) => timeCommand({ command, args, cwd: root, env });
    const npm = findOnPath("npm") ?? "npm";
    const build: number[] = [];
    const check: number[] = [];
    const bare: number[] = [];
    for (let round = 0; round < runs; round += 1) {
      build.push((await run(npm, ["run", "--silent", "build", "--", "--quiet"])).seconds);
      check.push((await run(npm, ["run", "--silent", "check"])).seconds);
      await rm(path.join(root, ENGINE_PATHS.baselineOutput), { recursive: true, force: true });
      bare.push((await run(process.execPath, bareEleventyArgs(projectRoot, "--quiet"))).seconds);
      log(`  shipped site, run ${round + 1}/${runs}: build ${build.at(-1)?.toFixed(2)} s, check ${check.at(-1)?.toFixed(2)} s, bare Eleventy ${bare.at(-1)?.toFixed(2)} s`);
    }
    const posts = (await readdir(path.join(root, "content/posts"), { recursive: true })).filter((file) => file.endsWith(".md")).length;
    return { posts, buildSeconds: median(build), checkSeconds: median(check), bareEleventySeconds: median(bare) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
