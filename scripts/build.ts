// The production build: `npm run build`. Validates the content, builds the site
// into a staging folder and swaps it in as _site/ only when everything succeeded.
// The site's root is the working directory (npm runs scripts in the package root).
import { runBuildCommand } from "../lib/eleventy/build-command.ts";

process.exitCode = await runBuildCommand({
  root: process.cwd(),
  args: process.argv.slice(2),
  env: process.env,
  now: () => new Date(),
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
