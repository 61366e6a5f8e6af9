// The production build: `npm run build`. Validates the content, builds the site
// into a staging folder and swaps it in as _site/ only when everything succeeded.
// The site's root is the working directory (npm runs scripts in the package root).
import { processContext } from "../lib/cli/command-context.ts";
import { runBuildCommand } from "../lib/eleventy/build-command.ts";

process.exitCode = await runBuildCommand(processContext());
