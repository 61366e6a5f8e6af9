import { parseArgs } from "node:util";
import { formatBuildTimings } from "../build/timings.ts";
import { ContentError } from "../validation/problems.ts";
import { SearchIndexError } from "../search/index-site.ts";
import { buildSite } from "./build-site.ts";
import type { CommandContext } from "../cli/command-context.ts";

const USAGE = "Brug: npm run build [-- --quiet] [--timings]";

/**
 * `npm run build`: the production build into `<root>/_site`. A content or search
 * index error is printed in Danish, without a stack trace; `--timings` writes the
 * build's phases as one line for `npm run bench`. Returns the exit code: 0 when
 * built, 1 for errors, 2 for arguments it does not know.
 */
export async function runBuildCommand({ root, args, env, now, out, err }: CommandContext): Promise<number> {
  let quiet: boolean;
  let timings: boolean;
  try {
    ({
      values: { quiet = false, timings = false },
    } = parseArgs({ args: [...args], options: { quiet: { type: "boolean" }, timings: { type: "boolean" } }, strict: true }));
  } catch (error) {
    err(`Kommandoen forstår ikke argumenterne (${(error as Error).message}).\n${USAGE}`);
    return 2;
  }
  try {
    const phases = await buildSite({ root, env, now, quiet, log: out, warn: err });
    if (timings) err(formatBuildTimings(phases));
    return 0;
  } catch (error) {
    if (error instanceof ContentError || error instanceof SearchIndexError) {
      err(error.message);
      return 1;
    }
    throw error;
  }
}
