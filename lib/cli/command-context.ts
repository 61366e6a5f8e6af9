/**
 * What a command-line command of `lib/` takes from its script (`scripts/*.ts`):
 * where it runs, its arguments, environment, clock and output. Scripts pass the
 * process's own; tests pass their own and run the command in process.
 */
export interface CommandContext {
  /** The site's root: the folder holding `content/`, `data/` and `layouts/` (and the built `_site/`). */
  root: string;
  args: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * The running process as a command's context, for the scripts: the working
 * directory as the site's root (npm runs scripts in the package root), the
 * arguments after the script's name, the real clock and the console.
 * @example process.exitCode = await runCheckCommand(processContext());
 */
export function processContext(): CommandContext {
  return {
    root: process.cwd(),
    args: process.argv.slice(2),
    env: process.env,
    now: () => new Date(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  };
}
