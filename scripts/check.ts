// Checks the content without building: `npm run check`. Reports every error in
// Danish and exits 1 if there is any; warnings and posts waiting to be published
// are printed but do not fail. With --site it then checks the built _site/ too:
// internal links and anchors, and valid HTML. The site's root is the working directory.
import { runCheckCommand } from "../lib/authoring/check-command.ts";
import { processContext } from "../lib/cli/command-context.ts";

process.exitCode = await runCheckCommand(processContext());
