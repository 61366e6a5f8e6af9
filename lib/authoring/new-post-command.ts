import path from "node:path";
import { countOf } from "../text/count.ts";
import { ContentError, type Problem, formatProblemGroups } from "../validation/problems.ts";
import { resolveBuildDate } from "../dates/build-date.ts";
import { isoDateInZone } from "../dates/format.ts";
import { loadSiteSettings } from "../site/settings.ts";
import { checkNewPost, createPost, existingAddresses } from "./create-post.ts";
import { NEW_POST_HELP, parseNewPostArgs } from "./new-post-args.ts";
import { PromptCancelled, type Prompts, askForPost } from "./prompt-flow.ts";
import type { CommandContext } from "../cli/command-context.ts";

/** Exit codes: 2 for a command line the command cannot read, 130 for Ctrl-C (the shell's own). */
const EXIT = { ok: 0, problems: 1, usage: 2, cancelled: 130 } as const;

export interface NewPostCommandContext extends CommandContext {
  /** Whether a person is at the terminal to answer questions. */
  isTerminal: boolean;
  prompts: Prompts;
  /** Called around the questions: a heading and a closing line in the terminal. */
  intro?: (text: string) => void;
  outro?: (text: string) => void;
}

function notCreated(problems: readonly Problem[]): string {
  return [
    `Indlægget blev ikke oprettet: der er ${countOf(problems.length, "fejl", "fejl")}. Intet er skrevet.`,
    "",
    ...formatProblemGroups(problems),
  ].join("\n");
}

/**
 * `npm run new`: asks for a post (or reads it from flags), checks it with the
 * build's own rules and writes it, never over an existing file. Returns the exit code.
 */
export async function runNewPostCommand(context: NewPostCommandContext): Promise<number> {
  const root = path.resolve(context.root);
  const postsDir = path.join(root, "content/posts");
  try {
    const settings = await loadSiteSettings(root, path.join(root, "data"));
    const today = isoDateInZone(resolveBuildDate(context.env, context.now), settings.timeZone);
    const request = parseNewPostArgs(context.args, { today, isTerminal: context.isTerminal });
    switch (request.kind) {
      case "help":
        context.out(NEW_POST_HELP);
        return EXIT.ok;
      case "usage":
        context.err(`${request.message}\nSkriv npm run new -- --help for at se, hvordan kommandoen bruges.`);
        return EXIT.usage;
      case "flags": {
        // Every problem at once: flags that could not be read, and values the schema rejects.
        const problems = [...request.problems, ...(await checkNewPost(request.post, { root, postsDir })).problems];
        if (problems.length > 0) {
          context.err(notCreated(problems));
          return EXIT.problems;
        }
        const file = await createPost(request.post, { root, postsDir });
        context.out(`Indlægget er oprettet: ${file}`);
        return EXIT.ok;
      }
      case "interactive": {
        context.intro?.("Nyt indlæg – tryk Ctrl-C for at afbryde uden at gemme");
        const post = await askForPost(context.prompts, { today, addresses: await existingAddresses(root, postsDir) });
        const file = await createPost(post, { root, postsDir });
        context.outro?.(`Indlægget er oprettet: ${file}\nSkriv teksten i filen, og se det med npm start.`);
        if (context.outro === undefined) context.out(`Indlægget er oprettet: ${file}`);
        return EXIT.ok;
      }
    }
  } catch (error) {
    if (error instanceof PromptCancelled) {
      context.err("Afbrudt. Intet er skrevet.");
      return EXIT.cancelled;
    }
    if (error instanceof ContentError) {
      context.err(notCreated(error.problems));
      return EXIT.problems;
    }
    throw error;
  }
}
