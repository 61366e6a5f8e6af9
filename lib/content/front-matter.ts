import matter from "gray-matter";
import yaml from "js-yaml";
import type { Problem } from "../validation/problems.ts";

/**
 * YAML as the secretariat writes it, read with js-yaml's core schema: unlike the
 * default schema it has no implicit timestamps, so `date: 2018-02-30` stays the
 * text "2018-02-30" for the validator to reject, instead of silently becoming
 * 2 March. The same options are given to Eleventy, so tools and build agree.
 */
export const frontMatterOptions = {
  engines: {
    yaml: (source: string): object => (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object,
  },
};

/** A Markdown file split into its front matter and its body. */
export interface SourceFile {
  data: Record<string, unknown>;
  body: string;
}

const YAML_REASONS: ReadonlyArray<[RegExp, string]> = [
  [/duplicated mapping key/, "Et felt står to gange."],
  [/bad indentation/, "Indrykningen passer ikke."],
  [/end of the stream or a document separator is expected/, "Linjen kan ikke læses; måske mangler et kolon efter feltets navn, eller teksten skal i anførselstegn."],
  [/unexpected end of the stream within a (double|single) quoted scalar/, "Et anførselstegn åbnes, men lukkes aldrig."],
  [/incomplete explicit mapping pair|can not read a block mapping entry|missed comma|multiline key/, "Linjen kan ikke læses; tekst med kolon (:) skal stå i anførselstegn."],
  [/tab characters must not be used/, "Der er brugt tabulator til indrykning."],
];

/** js-yaml's reason for a syntax error, told in Danish where we know it. */
function danishYamlReason(reason: string): string {
  const known = YAML_REASONS.find(([pattern]) => pattern.test(reason));
  return known ? known[1] : `YAML-fejl: ${reason}.`;
}

/**
 * A data file's YAML (a calendar, the synonyms), read with the core schema as
 * front matter is, so `date: 2019-02-30` stays text for the validator to reject;
 * a syntax error comes back as a problem, with its line.
 */
export function parseDataFile(file: string, text: string): { value?: unknown; problems: Problem[] } {
  try {
    return { value: yaml.load(text.replace(/^\uFEFF/, ""), { schema: yaml.CORE_SCHEMA, filename: file }), problems: [] };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return { problems: [yamlSyntaxProblem(file, error)] };
  }
}

/**
 * A YAML syntax error as a problem: js-yaml's position (0-based, of the text it
 * was given) as the file's 1-based line and column, and the reason in Danish.
 */
export function yamlSyntaxProblem(file: string, error: yaml.YAMLException): Problem {
  return {
    file,
    ...(error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : {}),
    message: danishYamlReason(error.reason),
    hint: "Tjek indrykningen, kolon efter hvert feltnavn, og sæt tekst med kolon eller anførselstegn i anførselstegn.",
  };
}

/**
 * Splits a post into front matter and body, or explains in Danish why it cannot.
 * `file` is the repository-relative path used in the problems.
 */
export function readSourceFile(file: string, text: string): { source?: SourceFile; problems: Problem[] } {
  if (text.trim() === "") {
    return {
      problems: [
        {
          file,
          message: "Filen er tom.",
          hint: "Start filen med felterne (title, date …) mellem to linjer med ---, som i guiden i README.md.",
        },
      ],
    };
  }
  if (!/^\uFEFF?---\r?\n/.test(text)) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: "Filen begynder ikke med felter (front matter).",
          hint: "Første linje skal være --- efterfulgt af felterne og endnu en linje med ---.",
        },
      ],
    };
  }
  let parsed: { data: unknown; content: string };
  try {
    parsed = matter(text.replace(/^\uFEFF/, ""), frontMatterOptions);
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      // gray-matter hands over the YAML from the line break that ends the opening
      // ---, so js-yaml's 0-based line plus one is the line in the whole file.
      return { problems: [yamlSyntaxProblem(file, error)] };
    }
    throw error;
  }
  const data = parsed.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      problems: [
        {
          file,
          line: 2,
          message: "Felterne mellem linjerne med --- kan ikke læses som felter.",
          hint: "Skriv hvert felt som navn: værdi på sin egen linje, fx title: Årets sidste netværksmøde.",
        },
      ],
    };
  }
  return { source: { data: data as Record<string, unknown>, body: parsed.content }, problems: [] };
}
