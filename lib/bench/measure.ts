import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

/** GNU time, which reports a command's peak resident memory (its own or its largest descendant's). */
export const GNU_TIME = "/usr/bin/time";

/** A command to run and time. */
export interface CommandSpec {
  command: string;
  args: readonly string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** How long a command took, and the peak resident memory of its process tree in kB (when known). */
export interface CommandResult {
  seconds: number;
  peakRssKb: number | undefined;
}

/**
 * The peak RSS that `time -f %M -o file` wrote: the last line, since GNU time puts
 * "Command exited with non-zero status N" before it when the command failed.
 * @example parseMaxRss("Command exited with non-zero status 1\n52340\n") // 52340
 */
export function parseMaxRss(text: string): number | undefined {
  const last = text.trim().split("\n").at(-1)?.trim() ?? "";
  return /^\d+$/.test(last) ? Number(last) : undefined;
}

/** The last `limit` characters of a command's output, for error messages. */
function tail(chunks: readonly string[], limit = 4000): string {
  const text = chunks.join("");
  return text.length > limit ? `…${text.slice(-limit)}` : text;
}

async function vmHwmKb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    return Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function descendants(pid: number): Promise<number[]> {
  let children: number[] = [];
  try {
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const text = await readFile(`/proc/${pid}/task/${task}/children`, "utf8").catch(() => "");
      children = children.concat(text.split(/\s+/).filter(Boolean).map(Number));
    }
  } catch {
    return [];
  }
  const deeper = await Promise.all(children.map((child) => descendants(child)));
  return [...children, ...deeper.flat()];
}

/**
 * Without GNU time: the largest VmHWM seen in the process tree, sampled every
 * 50 ms (a descendant that lives less than that may be missed).
 */
function sampleTreePeak(pid: number): { stop: () => Promise<number | undefined> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const pids = [pid, ...(await descendants(pid))];
      for (const value of await Promise.all(pids.map(vmHwmKb))) peak = Math.max(peak, value);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak > 0 ? peak : undefined;
    },
  };
}

/**
 * Runs a command to completion, timing it from spawn to exit, and measures its
 * peak RSS; throws with the end of its output when it fails.
 */
export async function timeCommand(spec: CommandSpec): Promise<CommandResult> {
  const useGnuTime = existsSync(GNU_TIME);
  const scratch = useGnuTime ? await mkdtemp(path.join(tmpdir(), "bench-time-")) : undefined;
  const rssFile = scratch === undefined ? undefined : path.join(scratch, "rss");
  const [command, args] =
    rssFile === undefined ? [spec.command, spec.args] : [GNU_TIME, ["-f", "%M", "-o", rssFile, spec.command, ...spec.args]];
  const output: string[] = [];
  const started = performance.now();
  const child = spawn(command, args, { cwd: spec.cwd, env: spec.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => output.push(chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => output.push(chunk));
  const sampler = rssFile === undefined && child.pid !== undefined ? sampleTreePeak(child.pid) : undefined;
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    const seconds = (performance.now() - started) / 1000;
    const sampled = await sampler?.stop();
    if (code !== 0) {
      throw new Error(`${[spec.command, ...spec.args].join(" ")} exited with ${code} in ${spec.cwd}:\n${tail(output)}`);
    }
    const peakRssKb = rssFile === undefined ? sampled : parseMaxRss(await readFile(rssFile, "utf8"));
    return { seconds, peakRssKb };
  } finally {
    await sampler?.stop();
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  }
}

/** The absolute path of an executable named `name` on the PATH, if there is one. */
export function findOnPath(name: string, pathVariable = process.env.PATH ?? ""): string | undefined {
  return pathVariable
    .split(path.delimiter)
    .filter(Boolean)
    .map((folder) => path.join(folder, name))
    .find((candidate) => existsSync(candidate));
}
