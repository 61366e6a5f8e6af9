import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LAYOUT_IDS, clearOfLayoutIds } from "../../../lib/site/layout-ids.ts";
import { PROJECT_ROOT } from "../../helpers/fixture-site.ts";

/** Every `id="…"` the templates write, from layouts/, from content/ outside the posts, and from the generated pages. */
async function templateIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const folder of ["layouts", "content", "lib/eleventy/templates"]) {
    const entries = await readdir(path.join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      const file = path.join(entry.parentPath, entry.name);
      if (!entry.isFile() || !/\.(njk|md|html)$/.test(entry.name) || file.includes(`${path.sep}posts${path.sep}`)) continue;
      const text = await readFile(file, "utf8");
      for (const match of text.matchAll(/\bid="([^"]*)"/g)) ids.push(match[1] ?? "");
    }
  }
  return ids;
}

describe("the layouts' own ids", () => {
  it("are exactly the ids the templates write", async () => {
    const literal = (await templateIds()).filter((id) => !id.includes("{"));
    expect(new Set(literal)).toEqual(LAYOUT_IDS);
  });

  it("leave out only ids made from data: the activities' own and the archive's years", async () => {
    // A new id made from data must be kept apart from text-made ids: add it here once it is.
    const templated = (await templateIds()).filter((id) => id.includes("{"));
    expect(templated.sort()).toEqual(["aar-{{ year.year }}", "{{ activity.id }}"]);
  });

  it("are kept clear of ids made from text with a suffix; other ids stay as they are", () => {
    expect(clearOfLayoutIds("indhold")).toBe("indhold-2");
    expect(clearOfLayoutIds("sektion-mission")).toBe("sektion-mission-2");
    expect(clearOfLayoutIds("indholdet")).toBe("indholdet");
  });
});
