// Checks the content without building: `npm run check`. Reports every error in
// Danish and exits 1 if there is any; warnings and posts waiting to be published
// are printed but do not fail. With --site it then checks the built _site/ too:
// internal links and anchors, and valid HTML. The site's root is the working directory.
import path from "node:path";
import { parseArgs } from "node:util";
import { checkContent } from "../lib/authoring/check-content.ts";
import { checkBuiltSite } from "../lib/authoring/check-site.ts";
import { DIRECTORIES } from "../lib/eleventy/directories.ts";

const USAGE = "Brug: npm run check [-- --site]";

async function main(): Promise<number> {
  let site: boolean;
  try {
    ({ values: { site = false } } = parseArgs({ options: { site: { type: "boolean" } }, strict: true, allowPositionals: false }));
  } catch (error) {
    console.error(`Kommandoen forstår ikke argumenterne (${(error as Error).message}).\n${USAGE}`);
    return 2;
  }
  const input = path.resolve(DIRECTORIES.input);
  const result = await checkContent({
    inputDir: input,
    dataDir: path.resolve(input, DIRECTORIES.data),
    env: process.env,
    now: () => new Date(),
  });
  if (result.problems !== "") console.error(result.problems);
  if (result.info !== "") console.log(result.info);
  if (!result.ok) return 1;
  if (!site) return 0;
  const built = await checkBuiltSite(path.resolve(DIRECTORIES.output), result.pathPrefix, DIRECTORIES.output);
  (built.ok ? console.log : console.error)(built.report);
  return built.ok ? 0 : 1;
}

process.exitCode = await main();
