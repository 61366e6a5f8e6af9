// Regenerates the README's tables of fields (posts' front matter, calendar files)
// from their schemas: `npm run docs`. With --check it only reports whether the
// README is current.
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { listDocumentedFields } from "../lib/validation/field-docs.ts";
import { calendarSchema } from "../lib/calendar/calendar-schema.ts";
import { CALENDAR_TABLE, POST_TABLE, renderFieldTable, replaceFieldTable } from "../lib/content/field-guide.ts";
import { postSchema } from "../lib/content/post-schema.ts";

const README = new URL("../README.md", import.meta.url);

let check: boolean;
try {
  ({ values: { check = false } } = parseArgs({ options: { check: { type: "boolean" } }, strict: true }));
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run docs [-- --check]`);
  process.exit(2);
}

const current = await readFile(README, "utf8");
const withPosts = replaceFieldTable(current, renderFieldTable(listDocumentedFields(postSchema)), POST_TABLE);
const updated = replaceFieldTable(withPosts, renderFieldTable(listDocumentedFields(calendarSchema)), CALENDAR_TABLE);
if (updated === current) {
  console.log("README.md: the field tables are current.");
} else if (check) {
  console.error("README.md: a field table is out of date with its schema; run npm run docs.");
  process.exitCode = 1;
} else {
  await writeFile(README, updated);
  console.log("README.md: field tables updated.");
}
