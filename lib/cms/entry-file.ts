import { postLocation } from "../authoring/new-post.ts";
import { isIsoDateShape } from "../dates/calendar-date.ts";
import { dumpYaml } from "../content/yaml-text.ts";
import { parseYamlValue } from "../validation/yaml-source.ts";
import { PATH_KEYS } from "./names.ts";

// What the editor at /admin/ reads from and writes to the repository's files: the
// same YAML (core schema, every text quoted) as the build reads and `npm run new`
// writes, and the settings' JSON as the file is kept, with nothing the schema
// would refuse for being empty.

type Data = Record<string, unknown>;

/** A parsed file's top level as the form's values: an object, or nothing. */
const asData = (value: unknown): Data => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Data) : {});

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

/**
 * A form's values without what the form leaves behind when a field is not filled
 * in: empty texts, lists and objects, and nulls (the schema reads an optional
 * field as absent, never as empty). Nested values are pruned first, so an object
 * whose every field is empty goes too.
 * @example withoutEmpty({ title: "Møde", summary: "", meeting: { venue: {} } }) // { title: "Møde" }
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((item) => !isEmpty(item));
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .map(([key, child]) => [key, withoutEmpty(child)] as const)
      .filter(([, child]) => !isEmpty(child));
    return Object.fromEntries(entries);
  }
  return value;
}

/** The keys in the form's order first (Decap passes its fields' order), then any others. */
function ordered(data: Data, keyOrder: readonly string[]): Data {
  const keys = [...keyOrder.filter((key) => key in data), ...Object.keys(data).filter((key) => !keyOrder.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/** The form's values as they go into a file: no path keys, nothing empty, the form's order. */
function fileData(data: Data, keyOrder: readonly string[]): Data {
  const { [PATH_KEYS.year]: _year, [PATH_KEYS.name]: _name, ...rest } = data;
  return ordered(withoutEmpty(rest) as Data, keyOrder);
}

/**
 * A Markdown file from the form's values: the front matter between `---` lines,
 * a blank line, then `body`.
 * @example renderFrontMatterFile({ title: "Møde", body: "Tekst" }) // '---\ntitle: "Møde"\n---\n\nTekst\n'
 */
export function renderFrontMatterFile(data: Data, keyOrder: readonly string[] = []): string {
  const { body, ...fields } = data;
  const frontMatter = fileData(fields, keyOrder);
  const text = typeof body === "string" ? body.trim() : "";
  const head = Object.keys(frontMatter).length === 0 ? "" : dumpYaml(frontMatter);
  return `---\n${head}---\n${text === "" ? "" : `\n${text}\n`}`;
}

/**
 * The form's values from a Markdown file: its front matter and its text as `body`.
 * A file without front matter is all body.
 */
export function parseFrontMatterFile(text: string): Data {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (match === null) return { body: text };
  const [, yamlText = "", body = ""] = match;
  const data = parseYamlValue(yamlText);
  return { ...asData(data), body: body.replace(/^\r?\n/, "") };
}

/** A YAML data file (a calendar) from the form's values. */
export function renderYamlFile(data: Data, keyOrder: readonly string[] = []): string {
  return dumpYaml(fileData(data, keyOrder));
}

/** The form's values from a YAML data file. */
export function parseYamlFile(text: string): Data {
  return asData(parseYamlValue(text));
}

/**
 * A JSON data file (the settings) from the form's values, as `data/site.json` is
 * kept: two spaces of indent and a final newline.
 * @example renderJsonFile({ title: "CSR Forum", cms: { repo: "" } }) // '{\n  "title": "CSR Forum"\n}\n'
 */
export function renderJsonFile(data: Data, keyOrder: readonly string[] = []): string {
  return `${JSON.stringify(fileData(data, keyOrder), null, 2)}\n`;
}

/** The form's values from a JSON data file, read as the build reads it (JSON.parse). */
export function parseJsonFile(text: string): Data {
  return asData(JSON.parse(text));
}

/**
 * The values from which Decap makes a new post's path (`{{cms_year}}/{{cms_name}}`
 * in config.yml): the year and the file name that `npm run new` would give a post
 * with this title and date, by the same function. Empty while either is missing.
 * @example postPathKeys({ title: "Ærlig snak", date: "2019-03-01" }) // { cms_year: "2019", cms_name: "2019-03-01-aerlig-snak" }
 */
export function postPathKeys(data: Data): Record<(typeof PATH_KEYS)[keyof typeof PATH_KEYS], string> {
  const { title, date } = data;
  if (typeof title !== "string" || typeof date !== "string" || !isIsoDateShape(date)) {
    return { [PATH_KEYS.year]: "", [PATH_KEYS.name]: "" };
  }
  const file = postLocation({ title, date }, "").file;
  const [, year = "", name = ""] = /^\/(\d{4})\/(.*)\.md$/.exec(file) ?? [];
  return { [PATH_KEYS.year]: year, [PATH_KEYS.name]: name };
}
