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
  /**
   * The peak RSS of each kind of process in the tree, by its command name
   * (`node`, `pagefind`…), in kB: the largest process of each name, sampled
   * from /proc every 50 ms. Empty where /proc is not there.
   */
  processPeaksKb: Record<string, number>;
  /** The end of what the command wrote to standard output and error. */
  output: string;
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

/** A process's peak resident memory (VmHWM) in kB and its command name, or undefined once it has gone. */
async function processPeak(pid: number): Promise<{ name: string; kb: number } | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const name = /^Name:\s+(.+)$/m.exec(status)?.[1]?.trim() ?? "?";
    return { name, kb: Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) };
  } catch {
    return undefined;
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
 * The kind of process a command name stands for: Pagefind's binary is
 * `pagefind_extended` or `pagefind`, and Linux cuts names at 15 characters.
 * @example processKind("pagefind_extend") // "pagefind"
 */
export function processKind(name: string): string {
  return name.startsWith("pagefind") ? "pagefind" : name;
}

/**
 * The largest VmHWM seen in the process tree below `pid` (not `pid` itself when
 * it is GNU time), per kind of process, sampled every 50 ms (a process that lives
 * less than that may be missed). VmHWM is a high-water mark, so a sample near a
 * process's end holds its peak.
 */
function sampleTreePeaks(pid: number, skipRoot: boolean): { stop: () => Promise<Record<string, number>> } {
  const peaks: Record<string, number> = {};
  let running = true;
  const loop = (async () => {
    while (running) {
      const pids = [...(skipRoot ? [] : [pid]), ...(await descendants(pid))];
      for (const found of await Promise.all(pids.map(processPeak))) {
        if (found === undefined || found.kb === 0) continue;
        const kind = processKind(found.name);
        peaks[kind] = Math.max(peaks[kind] ?? 0, found.kb);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peaks;
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
  const sampler = child.pid === undefined || !existsSync("/proc") ? undefined : sampleTreePeaks(child.pid, rssFile !== undefined);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    const seconds = (performance.now() - started) / 1000;
    const processPeaksKb = (await sampler?.stop()) ?? {};
    if (code !== 0) {
      throw new Error(`${[spec.command, ...spec.args].join(" ")} exited with ${code} in ${spec.cwd}:\n${tail(output)}`);
    }
    const sampledPeak = Object.values(processPeaksKb).length > 0 ? Math.max(...Object.values(processPeaksKb)) : undefined;
    const peakRssKb = rssFile === undefined ? sampledPeak : parseMaxRss(await readFile(rssFile, "utf8"));
    return { seconds, peakRssKb, processPeaksKb, output: tail(output) };
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
