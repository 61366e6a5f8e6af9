import { execFile } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { BUILD_EPOCH, PROJECT_ROOT } from "./fixture-site.ts";

const run = promisify(execFile);
// As package.json runs them: Node with tsx as its loader (one process, not tsx's own CLI and a child).
const TSX_LOADER = pathToFileURL(path.join(PROJECT_ROOT, "node_modules/tsx/dist/loader.mjs")).href;

/** What a command printed and how it ended. */
export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * One of the project's `scripts/` as `npm run` runs it: through tsx, in `cwd` (a
 * fixture site's root), with no terminal, and with the fixtures' build date
 * unless `env` says otherwise. Never throws for a non-zero exit.
 * @example await runScript("build.ts", ["--quiet"], site.root)
 */
export async function runScript(script: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<ScriptResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", TSX_LOADER, path.join(PROJECT_ROOT, "scripts", script), ...args], {
      cwd,
      env: { ...process.env, SOURCE_DATE_EPOCH: BUILD_EPOCH, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as ScriptResult;
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
