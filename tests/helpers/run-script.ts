import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { BUILD_EPOCH, PROJECT_ROOT } from "./fixture-site.ts";

const run = promisify(execFile);
// tsx as Node's loader (one process, not tsx's own CLI and a child), where a script is run through it.
const TSX_LOADER = pathToFileURL(path.join(PROJECT_ROOT, "node_modules/tsx/dist/loader.mjs")).href;

/** What a command printed and how it ended. */
export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Node's arguments for `npm run <name>`, read from package.json's `scripts`, so
 * a test runs the very command the secretariat does (`node scripts/compiled.mjs
 * build`, or `node --import tsx scripts/x.ts`) with this Node.
 */
async function npmScriptArgs(name: string): Promise<string[]> {
  const { scripts } = JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const [node, ...args] = (scripts[name] ?? "").split(" ");
  if (node !== "node") throw new Error(`package.json has no "${name}" script run by node: ${scripts[name]}`);
  return args.map((arg) => (arg === "tsx" ? TSX_LOADER : arg.startsWith("scripts/") ? path.join(PROJECT_ROOT, arg) : arg));
}

/**
 * `npm run <name>` as the secretariat runs it, in `cwd` (a fixture site's root),
 * with no terminal, and with the fixtures' build date unless `env` says
 * otherwise. Never throws for a non-zero exit.
 * @example await runScript("build", ["--quiet"], site.root)
 */
export async function runScript(name: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<ScriptResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...(await npmScriptArgs(name)), ...args], {
      cwd,
      env: { ...process.env, SOURCE_DATE_EPOCH: BUILD_EPOCH, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as ScriptResult;
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
