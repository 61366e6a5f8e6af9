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
