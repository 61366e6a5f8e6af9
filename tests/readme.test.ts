import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listDocumentedFields } from "../lib/validation/field-docs.ts";
import { calendarSchema } from "../lib/calendar/calendar-schema.ts";
import { CALENDAR_TABLE, renderFieldTable, replaceFieldTable } from "../lib/content/field-guide.ts";
import { postSchema } from "../lib/content/post-schema.ts";
import { PROJECT_ROOT } from "./helpers/fixture-site.ts";

const readme = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");

/** The lines of the README section under `heading`, up to the next heading of that level. */
function section(heading: string): string {
  const start = readme.indexOf(`${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const level = heading.split(" ")[0] ?? "##";
  const rest = readme.slice(start + heading.length);
  const end = rest.search(new RegExp(`\\n${level} `));
  return end === -1 ? rest : rest.slice(0, end);
}

describe("README", () => {
  it("has the field table the schema gives (run npm run docs)", () => {
    expect(replaceFieldTable(readme, renderFieldTable(listDocumentedFields(postSchema)))).toBe(readme);
  });

  it("has the calendar field table the calendar schema gives (run npm run docs)", () => {
    expect(readme).toContain("| `activities[].status` | ja |");
    expect(replaceFieldTable(readme, renderFieldTable(listDocumentedFields(calendarSchema)), CALENDAR_TABLE)).toBe(readme);
  });

  it("names only paths that exist in its folder map", () => {
    const paths = [...section("## Folder map").matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] ?? "");
    expect(paths.length).toBeGreaterThan(10);
    for (const relative of paths) expect(existsSync(path.join(PROJECT_ROOT, relative)), relative).toBe(true);
  });

  it("gives commands that package.json defines", () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts,
    );
    const named = [...readme.matchAll(/`npm (?:run )?([a-z]+)`/g)].map((match) => match[1] ?? "");
    const npmCommands = new Set(["ci", "install"]);
    for (const script of new Set(named)) if (!npmCommands.has(script)) expect(scripts, script).toContain(script);
  });
});
