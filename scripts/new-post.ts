// Creates a new post: `npm run new` asks for it question by question; with flags
// (`npm run new -- --title … --date …`, see --help) it writes it straight away.
// The site's root is the working directory (npm runs scripts in the package root).
import * as clack from "@clack/prompts";
import { clackPrompts } from "../lib/authoring/clack-prompts.ts";
import { runNewPostCommand } from "../lib/authoring/new-post-command.ts";
import { processContext } from "../lib/cli/command-context.ts";

process.exitCode = await runNewPostCommand({
  ...processContext(),
  isTerminal: process.stdin.isTTY === true && process.stdout.isTTY === true,
  prompts: clackPrompts,
  intro: (text) => clack.intro(text),
  outro: (text) => clack.outro(text),
});
