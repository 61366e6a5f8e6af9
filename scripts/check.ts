// Checks the content without building: `npm run check`. Reports every error in
// Danish and exits 1 if there is any; warnings and posts waiting to be published
// are printed but do not fail. The site's root is the working directory.
import path from "node:path";
import { parseArgs } from "node:util";
import { checkContent } from "../lib/authoring/check-content.ts";
import { DIRECTORIES } from "../lib/eleventy/directories.ts";

const USAGE = "Brug: npm run check";

async function main(): Promise<number> {
  try {
    parseArgs({ options: {}, strict: true, allowPositionals: false });
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
  return result.ok ? 0 : 1;
}

process.exitCode = await main();
