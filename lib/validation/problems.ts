import path from "node:path";

/**
 * A file's path as problems name it: relative to the repository root, with
 * forward slashes on every system.
 * @example repositoryPath("/repo", "/repo/content/posts/a.md") // "content/posts/a.md"
 */
export function repositoryPath(root: string, absolutePath: string): string {
  return path.relative(root, absolutePath).split(path.sep).join("/");
}

/**
 * One thing wrong in the secretariat's input, told in Danish: where it is, what is
 * wrong, and how to fix it.
 */
export interface Problem {
  /** The file's path relative to the repository, with forward slashes. */
  file: string;
  /** The field's path in the front matter or data file, e.g. `speakers[1].name`. */
  field?: string;
  /** 1-based position in the file, where the parser gives one. */
  line?: number;
  column?: number;
  /** What is wrong, as a sentence. */
  message: string;
  /** How to fix it, as a sentence. */
  hint?: string;
}

/**
 * One problem as a line: `file:line:column: felt "field": message hint`.
 * @example formatProblem({ file: "a.md", field: "title", message: "mangler." }) // 'a.md: felt "title" mangler.'
 */
export function formatProblem(problem: Problem): string {
  const position = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column]
    .filter((part) => part !== undefined)
    .join(":");
  const subject = problem.field === undefined ? "" : ` felt "${problem.field}"`;
  const hint = problem.hint === undefined ? "" : ` ${problem.hint}`;
  return `${position}:${subject} ${problem.message}${hint}`;
}

/** The whole report: every problem on its own line, then a count and what to do next. */
export function formatProblemReport(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? "1 fejl" : `${problems.length} fejl`;
  return [
    `Siden blev ikke bygget: der er ${count} i indholdet. Intet er udgivet eller ændret.`,
    "",
    ...problems.map((problem) => `  ${formatProblem(problem)}`),
    "",
    "Ret fejlene og byg igen.",
  ].join("\n");
}

/**
 * Things worth fixing that do not stop the build (a name spelt two ways, a very
 * long summary): every one on its own line under a heading that says so.
 */
export function formatWarningReport(warnings: readonly Problem[]): string {
  const count = warnings.length === 1 ? "1 advarsel" : `${warnings.length} advarsler`;
  return [
    `${count} (siden bygges alligevel, men ret dem gerne):`,
    "",
    ...warnings.map((warning) => `  ${formatProblem(warning)}`),
  ].join("\n");
}

/**
 * Thrown when the secretariat's input is wrong. Carries every problem found, so a
 * single run reports them all; its message is the Danish report, meant to be read
 * without a stack trace.
 */
export class ContentError extends Error {
  override readonly name = "ContentError";
  readonly problems: readonly Problem[];
  /** Read by Eleventy's error handler: the stack would only bury the report. */
  readonly skipOriginalStack = true;

  constructor(problems: readonly Problem[], options?: ErrorOptions) {
    super(formatProblemReport(problems), options);
    this.problems = problems;
  }
}

/** Throws a ContentError when there is anything to report. */
export function throwIfProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
