import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import { docAt, keysAt } from "./field-docs.ts";
import { danishFieldGuess } from "./danish-field-names.ts";
import { countOf } from "../text/count.ts";
import { emptyWord } from "./field-subjects.ts";
import type { Problem } from "./problems.ts";
import { type Locate, positionOf } from "./yaml-source.ts";

/**
 * A field path as the secretariat sees it in errors.
 * @example formatFieldPath(["speakers", 1, "name"]) // "speakers[1].name"
 */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

/**
 * A field path as written in problems, back into its parts.
 * @example parseFieldPath("speakers[1].name") // ["speakers", 1, "name"]
 */
function parseFieldPath(field: string): Array<string | number> {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? (match[1] ?? "") : Number(match[2])));
}

/**
 * Problems about fields, with the line and column of the field added where the
 * problem has none and `locateIn` knows the file.
 */
export function withFieldPositions(problems: readonly Problem[], locateIn: (file: string) => Locate | undefined): Problem[] {
  return problems.map((problem) =>
    problem.line !== undefined || problem.field === undefined
      ? problem
      : { ...problem, ...positionOf(locateIn(problem.file), parseFieldPath(problem.field)) },
  );
}

/**
 * How a YAML value reads in Danish, for "… men er …": numbers as they were typed
 * (`8.30`, not the 8.3 YAML makes of it) when the file says how; nothing is
 * `empty` ("tom" or "tomt", see `emptyWord`).
 */
function describeValue(value: unknown, typed: string | undefined, empty: string): string {
  if (value === null) return empty;
  if (Array.isArray(value)) return "en liste";
  switch (typeof value) {
    case "string":
      return `teksten "${value}"`;
    case "number":
      return `tallet ${typed !== undefined && typed.trim() !== "" ? typed.trim() : value}`;
    case "boolean":
      return value ? "true" : "false";
    case "object":
      return "en gruppe af felter";
    default:
      return "noget andet";
  }
}

const EXPECTED: Record<string, string> = {
  string: "tekst",
  number: "et tal",
  int: "et helt tal",
  boolean: "true eller false",
  array: "en liste",
  object: "en gruppe af felter på linjerne under, rykket ind",
};

/**
 * The known field a wrong name most likely meant: the English name of a Danish
 * guess (titel → title), else the nearest spelling if it is near enough to be a typo.
 */
export function suggestField(unknown: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const guess = danishFieldGuess(unknown);
  if (guess !== undefined && known.includes(guess)) return guess;
  const candidate = closest(unknown.toLowerCase(), known.map((key) => key.toLowerCase()));
  const match = known.find((key) => key.toLowerCase() === candidate);
  const tolerance = Math.max(2, Math.floor(unknown.length / 3));
  return match !== undefined && distance(unknown.toLowerCase(), candidate) <= tolerance ? match : undefined;
}

function unknownFieldProblems(file: string, schema: z.ZodType, issue: z.core.$ZodIssueUnrecognizedKeys, locate?: Locate): Problem[] {
  const known = keysAt(schema, issue.path);
  return issue.keys.map((key) => {
    const suggestion = suggestField(key, known);
    return {
      file,
      field: formatFieldPath([...issue.path, key]),
      ...positionOf(locate, [...issue.path, key]),
      message: "findes ikke.",
      hint:
        suggestion === undefined
          ? `Tilladte felter her: ${known.join(", ")}.`
          : danishFieldGuess(key) === suggestion
            ? `Mente du "${suggestion}"? Felternes navne er engelske: skriv ${suggestion}.`
            : `Mente du "${suggestion}"? Ret stavemåden.`,
    };
  });
}

function describeIssue(issue: z.core.$ZodIssue & { input?: unknown }, typed?: string): string {
  // "tom" or "tomt", as the field's name or the list item's noun wants it.
  const empty = emptyWord(issue.path.length === 0 ? undefined : formatFieldPath(issue.path));
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "mangler.";
      return `skal være ${EXPECTED[issue.expected] ?? issue.expected}, men er ${describeValue(issue.input, typed, empty)}.`;
    case "too_small":
      if (issue.origin === "string") return `må ikke være ${empty}.`;
      if (issue.origin === "array") return `skal have mindst ${countOf(Number(issue.minimum), "punkt", "punkter")}.`;
      return `skal være mindst ${issue.minimum}, men er ${describeValue(issue.input, typed, empty)}.`;
    case "too_big":
      return `må højst være ${issue.maximum}, men er ${describeValue(issue.input, typed, empty)}.`;
    case "invalid_value": {
      if (issue.input === undefined) return "mangler.";
      // The choices are the field's hint ("Skriv en af: …"), which follows: not listed twice.
      const suggestion = typeof issue.input === "string" && issue.values.length > 1 ? suggestField(issue.input, issue.values.map(String)) : undefined;
      return `er ${describeValue(issue.input, typed, empty)}, som ikke kan bruges her.${suggestion === undefined ? "" : ` Mente du "${suggestion}"?`}`;
    }
    case "custom":
      return issue.message;
    default:
      return `har en værdi, siden ikke kan bruge (${issue.message}).`;
  }
}

/** The hint of the field at `path` or, for an item without its own (`sdgs[0]`), of the nearest field above it. */
function nearestHint(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string | undefined {
  for (let length = path.length; length > 0; length--) {
    const doc = docAt(schema, path.slice(0, length));
    if (doc !== undefined) return doc.hint;
  }
  return undefined;
}

/**
 * Turns a schema's issues into Danish problems: the field path, what is wrong, and
 * the field's own hint (or, for an unknown field, the closest known one).
 */
export function problemsFromIssues(
  file: string,
  schema: z.ZodType,
  issues: ReadonlyArray<z.core.$ZodIssue>,
  locate?: Locate,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") return unknownFieldProblems(file, schema, issue, locate);
    const hint = nearestHint(schema, issue.path);
    const spot = locate?.(issue.path);
    return [
      {
        file,
        ...(issue.path.length > 0 ? { field: formatFieldPath(issue.path) } : {}),
        ...(spot === undefined ? {} : { line: spot.line, column: spot.column }),
        message: describeIssue(issue, spot?.typed),
        ...(hint === undefined ? {} : { hint }),
      },
    ];
  });
}

/**
 * Validates `value` against `schema`, with every problem in Danish; `file` is the
 * repository-relative path the problems name, `locate` gives their lines.
 */
export function validateAgainst<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  value: unknown,
  locate?: Locate,
): { value?: z.infer<Schema>; problems: Problem[] } {
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) return { problems: problemsFromIssues(file, schema, result.error.issues, locate) };
  return { value: result.data, problems: [] };
}
