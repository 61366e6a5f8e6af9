import jsYaml from "js-yaml";
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Problem } from "./problems.ts";
import { diagnoseYamlMistake } from "./yaml-mistakes.ts";

/**
 * How the secretariat's YAML is read, everywhere (front matter, calendar files,
 * and Eleventy's own front-matter parsing): YAML 1.2's core schema, so
 * `date: 2018-02-30` stays the text "2018-02-30" for the validator to reject
 * (no implicit timestamps), and `08:30` is text, not a number of minutes. A field
 * written twice is an error, not a silent overwrite.
 */
export const YAML_OPTIONS = { schema: "core", version: "1.2", uniqueKeys: true, merge: false, prettyErrors: false } as const;

/** Where a value starts in the file, and its text exactly as typed there. */
export interface SourceSpot {
  line: number;
  column: number;
  /** The value's source text (`8.30`, not the number 8.3); absent for a missing field. */
  typed?: string;
}

/** Finds the spot of the field at a path such as `["speakers", 1, "name"]`. */
export type Locate = (path: ReadonlyArray<PropertyKey>) => SourceSpot | undefined;

/**
 * The line and column of the field at `path`, ready to spread into a problem;
 * nothing when there is no locator or the path is not in the file.
 * @example { file, field: "title", ...positionOf(post.locate, ["title"]), message: "…" }
 */
export function positionOf(locate: Locate | undefined, path: ReadonlyArray<PropertyKey>): { line?: number; column?: number } {
  const spot = locate?.(path);
  return spot === undefined ? {} : { line: spot.line, column: spot.column };
}

/** A parsed YAML text: its value, and where each of its fields was written. */
export interface YamlSource {
  value: unknown;
  locate: Locate;
}

/**
 * Windows line endings as \n: gray-matter cuts front matter before the \n of
 * `\r\n---`, and a lone \r would end up in the last field's value.
 */
function unixLines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * YAML 1.2's core schema for js-yaml: its failsafe schema (text, lists, maps)
 * with the core schema's null, boolean, integer and float, each matched by the
 * pattern `yaml` uses (node_modules/yaml/dist/schema/core), so `8.30` is 8.3,
 * `08:30`, `yes` and `1_000` stay text, and `0o14` is 12, exactly as `yaml` reads them.
 */
const CORE_1_2 = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: (text: string) => /^(?:~|[Nn]ull|NULL)?$/.test(text),
      construct: () => null,
    }),
    new jsYaml.Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (text: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
      construct: (text: string) => text[0] === "t" || text[0] === "T",
    }),
    new jsYaml.Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (text: string) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(text),
      construct: (text: string) => (text.startsWith("0o") ? parseInt(text.slice(2), 8) : text.startsWith("0x") ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
    }),
    new jsYaml.Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (text: string) =>
        /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text),
      construct: (text: string) =>
        /nan$/i.test(text) ? Number.NaN : /inf$/i.test(text) ? (text.startsWith("-") ? -Infinity : Infinity) : parseFloat(text),
    }),
  ],
});

/**
 * Anchors, aliases and tags: where js-yaml and `yaml` could part ways (an
 * alias bomb, `!!timestamp`), so a text that may hold one is read by `yaml`.
 * Errs towards `yaml`: a word in ordinary text that starts with `&`, `*` or `!`
 * counts, though "Ernst & Young" (a lone `&`) does not.
 */
const MAY_HOLD_ANCHOR_OR_TAG = /(?:^|[\s[{,])(?:[&*]\S|!)/;

/**
 * The value of a well-formed YAML text, read by js-yaml with the core schema
 * above: the commonest case (every valid post), about ten times faster than
 * `yaml`'s document parser (0.35 s against 0.035 s for 1,000 posts' front matter).
 * Nothing when the text may hold an anchor, alias or tag, or when js-yaml finds a
 * mistake (a key written twice included): `yaml` then reads it and names the cause.
 */
function quickValue(text: string): { value: unknown } | undefined {
  if (MAY_HOLD_ANCHOR_OR_TAG.test(text)) return undefined;
  try {
    return { value: jsYaml.load(text, { schema: CORE_1_2 }) ?? null };
  } catch {
    return undefined;
  }
}

/** The line of a file at a 1-based line number, for quoting it under a problem. */
export function lineOfText(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1] ?? "";
}

/**
 * Reads a YAML text as the secretariat's files are read. `firstLine` is the line
 * of the file the text begins on (front matter begins on the line of the opening
 * `---`, whose line break is the first character gray-matter hands over); problems
 * and spots are numbered in the whole file.
 */
export function readYaml(file: string, yamlText: string, firstLine = 1): { source?: YamlSource; problems: Problem[] } {
  const text = unixLines(yamlText);
  const quick = quickValue(text);
  if (quick !== undefined) {
    let located: Locate | undefined;
    const locate: Locate = (path) => (located ??= readYamlDocument(file, text, firstLine).source?.locate ?? (() => undefined))(path);
    return { source: { value: quick.value, locate }, problems: [] };
  }
  return readYamlDocument(file, text, firstLine);
}

/**
 * A data file's YAML (a calendar, the synonyms), read as front matter is, so
 * `date: 2019-02-30` stays text for the validator to reject; a byte order mark
 * is dropped, and a syntax error comes back as a problem at the line where the
 * mistake starts.
 */
export function readDataFile(file: string, text: string): { source?: YamlSource; problems: Problem[] } {
  return readYaml(file, text.replace(/^\uFEFF/, ""));
}

/** readYaml through `yaml`'s document parser: the value, every position, and the cause of a syntax error. */
function readYamlDocument(file: string, text: string, firstLine: number): { source?: YamlSource; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const error = document.errors[0];
  if (error !== undefined) return { problems: [syntaxProblem(file, text, firstLine, error.code, lineCounter.linePos(error.pos[0]))] };
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  return {
    source: {
      value: document.toJS({ maxAliasCount: 100 }),
      locate: (path) => locateIn(document, text, path, position),
    },
    problems: [],
  };
}

/**
 * A YAML text's value, for a parser that only wants the value (gray-matter's
 * engine, given to Eleventy): the same options, and an Error on a syntax error.
 */
export function parseYamlValue(text: string): unknown {
  const lines = unixLines(text);
  const quick = quickValue(lines);
  if (quick !== undefined) return quick.value;
  const document = parseDocument(lines, YAML_OPTIONS);
  const error = document.errors[0];
  if (error !== undefined) throw new Error(error.message);
  return document.toJS({ maxAliasCount: 100 });
}

function syntaxProblem(
  file: string,
  text: string,
  firstLine: number,
  code: string,
  at: { line: number; col: number },
): Problem {
  const shift = firstLine - 1;
  const excerptOf = (line: number) => lineOfText(text, line);
  if (code === "DUPLICATE_KEY") {
    const key = /^\s*(?:-\s+)?([^:]+):/.exec(excerptOf(at.line))?.[1]?.trim() ?? "";
    const first = text.split(/\r?\n/).findIndex((candidate) => new RegExp(`^\\s*(?:-\\s+)?${escape(key)}:`).test(candidate)) + 1;
    return {
      file,
      line: at.line + shift,
      column: at.col,
      excerpt: excerptOf(at.line),
      message: `Feltet "${key}" står to gange${first > 0 && first !== at.line ? ` (også på linje ${first + shift})` : ""}.`,
      hint: "Slet den ene af linjerne, eller ret feltets navn.",
    };
  }
  const mistake = diagnoseYamlMistake(text, at.line);
  if (mistake !== undefined) {
    return {
      file,
      line: mistake.line + shift,
      column: mistake.column,
      excerpt: excerptOf(mistake.line),
      message: mistake.message,
      hint: mistake.hint,
    };
  }
  return {
    file,
    line: at.line + shift,
    column: at.col,
    excerpt: excerptOf(at.line),
    message: "Linjen kan ikke læses.",
    hint: "Tjek at der står kolon og mellemrum efter feltets navn, at indrykningen er to mellemrum pr. niveau, og at tekst med kolon (:) eller anførselstegn står i anførselstegn.",
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The spot of the value at `path`: for a field, the line of its name; for a list
 * item, the item. A path that leaves the document (a missing field) gives the
 * spot of the nearest group above it, without a typed value.
 */
function locateIn(
  document: Document,
  text: string,
  path: ReadonlyArray<PropertyKey>,
  position: (offset: number) => { line: number; column: number },
): SourceSpot | undefined {
  let node: Node | null | undefined = document.contents;
  let keyOffset: number | undefined;
  for (const segment of path) {
    let next: Node | null | undefined;
    if (isMap(node) && typeof segment === "string") {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (pair !== undefined && isScalar(pair.key)) {
        keyOffset = pair.key.range?.[0];
        next = pair.value as Node | null;
        if (next === null || next === undefined) {
          return keyOffset === undefined ? undefined : { ...position(keyOffset), typed: "" };
        }
      }
    } else if (isSeq(node) && typeof segment === "number") {
      next = node.items[segment] as Node | undefined;
      keyOffset = undefined;
    }
    if (next === undefined || next === null) {
      // Missing: point at the group that should have held it.
      const start = node?.range?.[0];
      return start === undefined ? undefined : position(start);
    }
    node = next;
  }
  const range = node?.range;
  if (range === undefined || range === null) return undefined;
  const typed = isScalar(node) ? text.slice(range[0], range[1]) : undefined;
  return { ...position(keyOffset ?? range[0]), ...(typed === undefined ? {} : { typed }) };
}
