import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureSite, createFixtureSite, readable, removeFixtureSite } from "../helpers/fixture-site.ts";
import { runScript } from "../helpers/run-script.ts";

let site: FixtureSite;

beforeAll(async () => {
  site = await createFixtureSite({}, { keepRealPosts: true });
  // A meeting late in the evening: a machine zone leaking in would move it a day.
  await site.write(
    "content/posts/2019/aftenmoede.md",
    '---\ntitle: Aftenmøde\ndate: 2019-12-31\nmeeting:\n  date: 2019-12-31\n  start: "23:30"\n---\nTekst\n',
  );
});
afterAll(() => removeFixtureSite(site));

/** Builds with the command line in a given machine zone and returns every output file's bytes. */
async function buildIn(zone: string): Promise<Map<string, string>> {
  const built = await runScript("build", ["--quiet"], site.root, { TZ: zone });
  expect(built.code, built.stderr).toBe(0);
  const files = await site.outputFiles();
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(site.output, file), "utf8")] as const)));
}

describe("two builds with the same SOURCE_DATE_EPOCH", () => {
  it("are byte-identical, whatever the build machine's zone", async () => {
    const losAngeles = await buildIn("America/Los_Angeles");
    const kiritimati = await buildIn("Pacific/Kiritimati");
    expect([...kiritimati.keys()]).toEqual([...losAngeles.keys()]);
    for (const [file, html] of losAngeles) expect(kiritimati.get(file), file).toBe(html);

    const page = parseHTML(losAngeles.get("2019/aftenmoede/index.html") ?? "").document;
    expect(readable(page.querySelector(".meeting-facts dd"))).toBe("tirsdag den 31. december 2019, kl. 23.30");
    expect(page.querySelector(".meeting-facts time")?.getAttribute("datetime")).toBe("2019-12-31T23:30:00+01:00");
    // The footer's year comes from SOURCE_DATE_EPOCH (2019-12-31), not the clock.
    expect(readable(page.querySelector(".site-footer"))).toContain("© 2019 CSR Forum");
  });
});
