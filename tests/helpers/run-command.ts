import { BUILD_EPOCH } from "./fixture-site.ts";
import type { ScriptResult } from "./run-script.ts";
import type { CommandContext } from "../../lib/cli/command-context.ts";

/**
 * A script's command run in this process, as its script runs it (each text a
 * line, as console.log writes it), in `root` (a fixture site's root), with the
 * fixtures' build date unless `env` says otherwise. The subprocess is left to one
 * smoke test per script (`runScript`).
 * @example await runCommand(runCheckCommand, ["--site"], site.root)
 */
export async function runCommand(
  command: (context: CommandContext) => Promise<number>,
  args: readonly string[],
  root: string,
  env: Record<string, string> = {},
): Promise<ScriptResult> {
  let stdout = "";
  let stderr = "";
  const code = await command({
    root,
    args,
    env: { ...process.env, SOURCE_DATE_EPOCH: BUILD_EPOCH, ...env },
    now: () => new Date(),
    out: (text) => void (stdout += `${text}\n`),
    err: (text) => void (stderr += `${text}\n`),
  });
  return { code, stdout, stderr };
}
