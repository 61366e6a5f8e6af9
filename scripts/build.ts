// The production build: `npm run build`. Validates the content, builds the site
// into a staging folder and swaps it in as _site/ only when everything succeeded.
// The site's root is the working directory (npm runs scripts in the package root).
import { parseArgs } from "node:util";
import { ContentError } from "../lib/validation/problems.ts";
import { buildSite } from "../lib/eleventy/build-site.ts";
import { SearchIndexError } from "../lib/search/index-site.ts";

const USAGE = "Brug: npm run build [-- --quiet]";

async function main(): Promise<number> {
  let quiet: boolean;
  try {
    ({ values: { quiet = false } } = parseArgs({ options: { quiet: { type: "boolean" } }, strict: true }));
  } catch (error) {
    console.error(`Kommandoen forstår ikke argumenterne (${(error as Error).message}).\n${USAGE}`);
    return 2;
  }
  try {
    await buildSite({ root: process.cwd(), env: process.env, now: () => new Date(), quiet });
    return 0;
  } catch (error) {
    if (error instanceof ContentError || error instanceof SearchIndexError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
