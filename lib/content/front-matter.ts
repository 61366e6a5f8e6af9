import matter from "gray-matter";
import type { Problem } from "../validation/problems.ts";
import { type Locate, parseYamlValue, readYaml, type YamlSource } from "../validation/yaml-source.ts";

/**
 * Front matter is read with the `yaml` package and the options every YAML file
 * of the site is read with (`YAML_OPTIONS`: the core schema, so dates stay text).
 * The same options are given to Eleventy, so tools and build agree.
 */
export const frontMatterOptions = {
  engines: {
    yaml: (source: string): object => {
      const validated = validatedFrontMatter.get(source);
      if (validated === undefined) return (parseYamlValue(source) ?? {}) as object;
      validatedFrontMatter.delete(source);
      return validated;
    },
  },
};

/**
 * Front matter that readSourceFile has read, by its text, until Eleventy reads the
 * same text: Eleventy is then given that copy instead of reading it again (0.44 s
 * of a 1,000-post build). Taken once, so Eleventy's copy is its own and the map
 * holds only what Eleventy has yet to read.
 */
const validatedFrontMatter = new Map<string, object>();

/** A Markdown file split into its front matter and its body. */
export interface SourceFile {
  data: Record<string, unknown>;
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
  /** Where each field of the front matter was written. */
  locate: Locate;
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
  const clean = text.replace(/^\uFEFF/, "");
  const read: { yaml?: { source?: YamlSource; problems: Problem[] } } = {};
  // gray-matter splits the file as Eleventy does; the engine keeps what `yaml`
  // read, positions included. The text it hands over starts with the line break
  // that ends the opening ---, so its first line is the file's first line.
  const parsed = matter(clean, {
    engines: {
      yaml: (matterText: string) => {
        read.yaml = readYaml(file, matterText, 1);
        const value = read.yaml.source?.value ?? {};
        if (read.yaml.problems.length === 0 && typeof value === "object" && value !== null) validatedFrontMatter.set(matterText, structuredClone(value));
        return value;
      },
    },
  });
  if (read.yaml !== undefined && read.yaml.problems.length > 0) return { problems: read.yaml.problems };
  const data: unknown = parsed.data;
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
  const bodyLine = clean.slice(0, clean.length - parsed.content.length).split("\n").length;
  return {
    source: {
      data: data as Record<string, unknown>,
      body: parsed.content,
      bodyLine,
      locate: read.yaml?.source?.locate ?? (() => ({ line: 1, column: 1 })),
    },
    problems: [],
  };
}
