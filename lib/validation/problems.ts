import path from "node:path";
import { countOf } from "../text/count.ts";
import { describeField } from "./field-subjects.ts";

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
  /** 1-based position in the file, where it is known. */
  line?: number;
  column?: number;
  /** The line as it reads in the file, quoted under the problem with a marker at `column`. */
  excerpt?: string;
  /** What is wrong, as a sentence. */
  message: string;
  /** How to fix it, as a sentence. */
  hint?: string;
}

/** What a problem says, without where it is: the field, what is wrong, the fix. */
function problemText(problem: Problem): string {
  const subject = problem.field === undefined ? "" : `${describeField(problem.field)} `;
  const hint = problem.hint === undefined ? "" : ` ${problem.hint}`;
  return `${subject}${problem.message}${hint}`;
}

/**
 * One problem as a single line: `file:line:column: felt "field" message hint`.
 * @example formatProblem({ file: "a.md", field: "title", message: "mangler." }) // 'a.md: felt "title" mangler.'
 */
export function formatProblem(problem: Problem): string {
  const position = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column]
    .filter((part) => part !== undefined)
    .join(":");
  return `${position}: ${problemText(problem)}`;
}

/** The quoted line with a marker under the column: `   2 | title: a: b` and `     |         ^`. */
function excerptLines(line: number, text: string, column: number): string[] {
  const gutter = String(line);
  // Tabs stay tabs in the marker line, so the marker lines up under them too.
  const lead = [...text.slice(0, Math.max(0, column - 1))].map((char) => (char === "\t" ? "\t" : " ")).join("");
  return [`      ${gutter} | ${text}`, `      ${" ".repeat(gutter.length)} | ${lead}^`];
}

/**
 * Problems grouped under each file's path, named once, in the order the files
 * come; within a file by line, every problem on its own line with "linje N"
 * first, and a syntax error's line quoted with a marker.
 */
export function formatProblemGroups(problems: readonly Problem[]): string[] {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile.entries()].flatMap(([file, group], index) => [
    ...(index === 0 ? [] : [""]),
    file,
    ...[...group]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .flatMap((problem) => [
        `  ${problem.line === undefined ? "" : `linje ${problem.line}: `}${problemText(problem)}`,
        ...(problem.excerpt === undefined || problem.line === undefined
          ? []
          : excerptLines(problem.line, problem.excerpt, problem.column ?? 1)),
      ]),
  ]);
}

/**
 * What to do once the errors are found, after "Ret fejlen" or "Ret fejlene".
 * @example fixThen(2, "byg igen.") // "Ret fejlene, og byg igen."
 */
export function fixThen(count: number, then: string): string {
  return `${count === 1 ? "Ret fejlen" : "Ret fejlene"}, og ${then}`;
}

/**
 * A report of errors as each tool prints it: its first line, every problem
 * grouped by file, then what to do (`fixThen(count, then)`).
 */
export function errorReport(heading: string, problems: readonly Problem[], then: string): string {
  return [heading, "", ...formatProblemGroups(problems), "", fixThen(problems.length, then)].join("\n");
}

/** The build's report: every problem grouped by file, then a count and what to do next. */
export function formatProblemReport(problems: readonly Problem[]): string {
  return errorReport(
    `Siden blev ikke bygget: der er ${countOf(problems.length, "fejl", "fejl")} i indholdet. Intet er udgivet eller ændret.`,
    problems,
    "byg igen.",
  );
}

/**
 * Things worth fixing that do not stop the build (a name spelt two ways, a post
 * without a summary), grouped by file under a heading that says so.
 */
export function formatWarningReport(warnings: readonly Problem[]): string {
  return [
    `${countOf(warnings.length, "advarsel", "advarsler")} (siden bygges alligevel, men ret ${warnings.length === 1 ? "den" : "dem"} gerne):`,
    "",
    ...formatProblemGroups(warnings),
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
