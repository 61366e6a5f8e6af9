import path from "node:path";
import { parseArgs } from "node:util";
import { DIRECTORIES } from "../eleventy/directories.ts";
import { checkContent } from "./check-content.ts";
import type { CommandContext } from "../cli/command-context.ts";

const USAGE = "Brug: npm run check [-- --site]";

/**
 * `npm run check`: checks the content without building and reports every error
 * in Danish; with `--site`, then the built site's links, anchors and HTML.
 * Returns the exit code: 0 when all is well, 1 for errors, 2 for arguments it
 * does not know.
 */
export async function runCheckCommand({ root, args, env, now, out, err }: CommandContext): Promise<number> {
  let site: boolean;
  try {
    ({
      values: { site = false },
    } = parseArgs({ args: [...args], options: { site: { type: "boolean" } }, strict: true, allowPositionals: false }));
  } catch (error) {
    err(`Kommandoen forstår ikke argumenterne (${(error as Error).message}).\n${USAGE}`);
    return 2;
  }
  const input = path.resolve(root, DIRECTORIES.input);
  const result = await checkContent({ inputDir: input, dataDir: path.resolve(input, DIRECTORIES.data), env, now });
  if (result.problems !== "") err(result.problems);
  if (result.info !== "") out(result.info);
  if (!result.ok) return 1;
  if (!site) return 0;
  // Loaded only for --site: html-validate and linkedom took 0.7 s of every check's start.
  const { checkBuiltSite } = await import("./check-site.ts");
  const built = await checkBuiltSite(path.resolve(root, DIRECTORIES.output), result.pathPrefix, DIRECTORIES.output);
  (built.ok ? out : err)(built.report);
  return built.ok ? 0 : 1;
}
