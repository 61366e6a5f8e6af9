import type { DocumentedField } from "../validation/field-docs.ts";

/** The comments that fence a generated table in the README. */
export interface TableMarkers {
  start: string;
  end: string;
}

/** Markers around the generated table of post fields. */
export const GUIDE_START = "<!-- felter:start (genereret af npm run docs fra lib/content/post-schema.ts) -->";
export const GUIDE_END = "<!-- felter:end -->";
export const POST_TABLE: TableMarkers = { start: GUIDE_START, end: GUIDE_END };

/** Markers around the generated table of calendar fields. */
export const CALENDAR_TABLE: TableMarkers = {
  start: "<!-- kalenderfelter:start (genereret af npm run docs fra lib/calendar/calendar-schema.ts) -->",
  end: "<!-- kalenderfelter:end -->",
};

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
 * `document` with the text between a table's markers (the post fields' unless
 * given) replaced by `table`. Throws if the markers are missing, rather than
 * silently not updating.
 */
export function replaceFieldTable(document: string, table: string, markers: TableMarkers = POST_TABLE): string {
  const start = document.indexOf(markers.start);
  const end = document.indexOf(markers.end, start);
  if (start === -1 || end === -1) {
    throw new Error(`The README lacks the markers ${markers.start} … ${markers.end}`);
  }
  return `${document.slice(0, start + markers.start.length)}\n${table}\n${document.slice(end)}`;
}
