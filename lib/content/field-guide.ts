import type { DocumentedField } from "./field-docs.ts";

/** Markers around the generated part of the README. */
export const GUIDE_START = "<!-- felter:start (genereret af npm run docs fra lib/content/post-schema.ts) -->";
export const GUIDE_END = "<!-- felter:end -->";

/** A table cell: pipes escaped so they do not split the cell. */
const cell = (text: string) => text.replace(/\|/g, "\\|");

/**
 * The authoring guide's field table in Markdown, one row per documented field,
 * in the schema's order.
 * @example renderFieldTable([{ path: "title", doc: { label: "titlen", hint: "Skriv …", example: "Hej", required: true } }])
 */
export function renderFieldTable(fields: readonly DocumentedField[]): string {
  const rows = fields.map(
    ({ path, doc }) =>
      `| \`${path}\` | ${doc.required ? "ja" : "nej"} | ${cell(doc.label)} | \`${cell(doc.example)}\` | ${cell(doc.hint)} |`,
  );
  return ["| felt | skal udfyldes | hvad det er | eksempel | sådan skrives det |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

/**
 * `document` with the text between the guide's markers replaced by `table`.
 * Throws if the markers are missing, rather than silently not updating.
 */
export function replaceFieldTable(document: string, table: string): string {
  const start = document.indexOf(GUIDE_START);
  const end = document.indexOf(GUIDE_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`The README lacks the markers ${GUIDE_START} … ${GUIDE_END}`);
  }
  return `${document.slice(0, start + GUIDE_START.length)}\n${table}\n${document.slice(end)}`;
}
