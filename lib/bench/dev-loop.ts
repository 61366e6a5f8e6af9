import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { appendFile, readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

/** The dev server as `npm start` runs it, rewritten to run from a corpus root. */
export interface DevServerCommand {
  command: string;
  args: string[];
  /** The output folder, relative to the corpus root. */
  output: string;
}

/**
 * The command of `npm start`'s script, runnable with the working directory at
 * a corpus root: the executable and files it names are taken from the project,
 * and the server listens on `port` so it never meets a developer's own server.
 * The configuration's path is absolute: given relative (`../../p/.eleventy.ts`),
 * Eleventy 3.1 watches from the common parent folder and then no longer matches
 * a changed post to its template, so an edit would rebuild without the new text.
 * @example devServerCommand("tsx cmd.cjs --config=.eleventy.ts --serve", "/p", 9000).args // ["/p/cmd.cjs", "--config=/p/.eleventy.ts", "--serve", "--port=9000"]
 */
export function devServerCommand(startScript: string, projectRoot: string, port: number): DevServerCommand {
  if (/["'`$;&|<>\\]/.test(startScript)) {
    throw new Error(`The start script is more than one plain command; the bench cannot run it from a corpus: ${startScript}`);
  }
  const [executable, ...tokens] = startScript.trim().split(/\s+/);
  if (executable === undefined || executable === "") throw new Error("package.json has no start script.");
  const fromProject = (relative: string) => path.join(projectRoot, relative);
  let output = "_site";
  const args = tokens.map((token, index) => {
    // `--import tsx`: the loader is a package of the project's, which Node would look for beside the corpus.
    if (tokens[index - 1] === "--import") return packageEntryUrl(projectRoot, token);
    const option = /^(--[\w-]+)=(.*)$/.exec(token);
    if (option?.[1] === "--config") return `--config=${fromProject(option[2] ?? "")}`;
    if (option?.[1] === "--output") output = option[2] ?? output;
    if (option !== null || token.startsWith("-")) return token;
    return fromProject(token);
  });
  const command = executable === "node" ? process.execPath : fromProject(path.join("node_modules", ".bin", executable));
  return { command, args: [...args.filter((arg) => !arg.startsWith("--port")), `--port=${port}`], output };
}

/**
 * The file URL of a package's ESM entry in the project's node_modules, for Node's
 * `--import`: its `exports["."]` (a path, or its `import` or `default` condition), else `main`.
 */
export function packageEntryUrl(projectRoot: string, name: string): string {
  const folder = path.join(projectRoot, "node_modules", name);
  const manifest = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as {
    exports?: string | Record<string, unknown>;
    main?: string;
  };
  const root = typeof manifest.exports === "object" ? manifest.exports["."] : manifest.exports;
  const conditions = typeof root === "object" && root !== null ? (root as Record<string, unknown>) : {};
  const entry = typeof root === "string" ? root : [conditions.import, conditions.default, manifest.main].find((value) => typeof value === "string");
  if (typeof entry !== "string") throw new Error(`${name} names no entry point in its package.json.`);
  return pathToFileURL(path.join(folder, entry)).href;
}

export interface DevLoopOptions {
  server: DevServerCommand;
  /** The corpus root, the server's working directory. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The post to edit (absolute path) and the page it is published as (absolute path). */
  postFile: string;
  pageFile: string;
  /** How many edits, one after the other. */
  edits: number;
  /** Give up on a step after this long. */
  timeoutMs: number;
  /**
   * How long to wait after the server is ready, and after each edit's page, before
   * the next save: the watcher must have read the input folder first. At 10,000
   * posts an edit 1.5 s after "ready" was never seen. 1.5 s unless given.
   */
  settleMs?: number;
}

export interface DevLoopResult {
  /** From spawn to the server reporting it is ready. */
  startupSeconds: number;
  /** For each edit: from saving the post to its page holding the new text. */
  rebuildSeconds: number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stops a server started `detached` and everything it started (its process group), forcefully if it lingers. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const closed = new Promise((resolve) => child.once("close", resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // The group is gone already.
    }
  };
  signal("SIGTERM");
  if ((await Promise.race([closed.then(() => "closed"), sleep(5000)])) !== "closed") {
    signal("SIGKILL");
    await closed;
  }
}

/**
 * Starts the dev server on a corpus, waits for its first build, then appends a
 * sentence to one post `edits` times and times how long until the post's page
 * holds it. The server (its whole process group) is stopped at the end.
 */
export async function measureDevLoop(options: DevLoopOptions): Promise<DevLoopResult> {
  const log: string[] = [];
  const started = performance.now();
  const child = spawn(options.server.command, options.server.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Interrupted (Ctrl-C), the bench exits without reaching `finally`: the server
  // runs in its own process group, so it must be stopped explicitly.
  const killOnExit = () => {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  };
  process.once("exit", killOnExit);
  const within = async <T>(promise: Promise<T>, what: string): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The dev server did not ${what} within ${options.timeoutMs / 1000} s:\n${log.join("").slice(-4000)}`)),
        options.timeoutMs,
      );
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  try {
    const ready = new Promise<void>((resolve, reject) => {
      const listen = (chunk: string) => {
        log.push(chunk);
        // The server says where it listens once the first build is written.
        if (/Server at /.test(log.slice(-2).join(""))) resolve();
        if (log.length > 200) log.splice(0, log.length - 100);
      };
      child.stdout.setEncoding("utf8").on("data", listen);
      child.stderr.setEncoding("utf8").on("data", listen);
      child.once("error", reject);
      child.once("close", (code) => reject(new Error(`The dev server stopped (${code}) before it was ready:\n${log.join("").slice(-4000)}`)));
    });
    await within(ready, "finish its first build");
    const startupSeconds = (performance.now() - started) / 1000;
    const rebuildSeconds: number[] = [];
    for (let edit = 1; edit <= options.edits; edit += 1) {
      // Let the watcher settle after the last build before the next save.
      await sleep(options.settleMs ?? 1500);
      const marker = `benchmarkaendring${edit}x${Math.round(started)}`;
      const saved = performance.now();
      await appendFile(options.postFile, `\nEndnu en sætning til ${marker} fra benchmarken.\n`);
      if (!(await waitForText(options.pageFile, marker, saved + options.timeoutMs))) {
        throw new Error(`The dev server did not rewrite ${options.pageFile} within ${options.timeoutMs / 1000} s:\n${log.join("").slice(-4000)}`);
      }
      rebuildSeconds.push((performance.now() - saved) / 1000);
    }
    return { startupSeconds, rebuildSeconds };
  } finally {
    await stopGroup(child);
    process.off("exit", killOnExit);
  }
}

/** Polls `file` until it holds `text` (true), or until `deadline` (false). */
async function waitForText(file: string, text: string, deadline: number): Promise<boolean> {
  while (performance.now() < deadline) {
    const html = await readFile(file, "utf8").catch(() => "");
    if (html.includes(text)) return true;
    await sleep(10);
  }
  return false;
}
