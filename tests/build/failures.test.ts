import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runBuildCommand as buildCommand } from "../../lib/eleventy/build-command.ts";
import { buildSite } from "../../lib/eleventy/build-site.ts";
import { SearchIndexError } from "../../lib/search/index-site.ts";
import { ContentError } from "../../lib/validation/problems.ts";
import { fakePagefind } from "../helpers/fake-pagefind.ts";
import { BUILD_EPOCH, type FixtureSite, createFixtureSite, post, readable, removeFixtureSite } from "../helpers/fixture-site.ts";
import { runCommand } from "../helpers/run-command.ts";
import { type ScriptResult, runScript } from "../helpers/run-script.ts";


let site: FixtureSite;

beforeEach(async () => {
  site = await createFixtureSite({ "2019/morgenmoede.md": post("Morgenmøde", "2019-03-01") });
  await site.build();
});
afterEach(() => removeFixtureSite(site));

/** Every output file with a hash of its bytes: equal snapshots mean nothing changed. */
async function snapshot(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    (await site.outputFiles()).map(async (file) => [
      file,
      createHash("sha256").update(await readFile(path.join(site.output, file))).digest("hex"),
    ]),
  );
  return Object.fromEntries(entries);
}

/** `npm run build` as the secretariat runs it, in the fixture site: the script itself, once per test that needs its process. */
function runBuildScript(): Promise<ScriptResult> {
  return runScript("build", ["--quiet"], site.root);
}

/** `npm run build`'s command in this process. */
function runBuild(args: string[] = ["--quiet"], env: Record<string, string> = {}): Promise<ScriptResult> {
  return runCommand(buildCommand, args, site.root, env);
}

const BROKEN = [
  "---",
  "title: Netværksmøde",
  "date: 2019-02-30",
  "speakers:",
  "  - name: Jon Kiellberg",
  "  - role: Direktør",
  "    url: javascript:alert(1)",
  "sdgs: [18]",
  "speakrs: []",
  "---",
  "Tekst",
].join("\n");

describe("a broken post", () => {
  it("stops the build with every problem, in Danish, naming file and field", async () => {
    await site.write("content/posts/2019/netvaerksmoede.md", BROKEN);
    const error = await site.build().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ContentError);
    const file = "content/posts/2019/netvaerksmoede.md";
    expect((error as ContentError).problems.map((problem) => [problem.file, problem.field])).toEqual([
      [file, "date"],
      [file, "speakers[1].name"],
      [file, "speakers[1].url"],
      [file, "sdgs[0]"],
      [file, "speakrs"],
    ]);
  });

  it("leaves the last good site exactly as it was", async () => {
    const before = await snapshot();
    await site.write("content/posts/2019/netvaerksmoede.md", BROKEN);
    await expect(site.build()).rejects.toThrow(ContentError);
    expect(await snapshot()).toEqual(before);
  });

  it("makes npm run build exit non-zero with a Danish report and no stack trace", async () => {
    const before = await snapshot();
    await site.write("content/posts/2019/netvaerksmoede.md", BROKEN);
    const { code, stderr } = await runBuildScript();
    expect(code).toBe(1);
    expect(stderr).toContain("Siden blev ikke bygget: der er 5 fejl i indholdet.");
    expect(stderr).toContain(
      'content/posts/2019/netvaerksmoede.md\n  linje 3: felt "date" er 2019-02-30, som ikke findes i kalenderen.',
    );
    expect(stderr).toContain('  linje 6: 2. oplægsholder (speakers[1]), felt "name" mangler.');
    expect(stderr).toContain('  linje 9: felt "speakrs" findes ikke. Mente du "speakers"? Ret stavemåden.');
    // Named once: the 95-character paths are not repeated on every line.
    expect(stderr.split("content/posts/2019/netvaerksmoede.md")).toHaveLength(2);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(await snapshot()).toEqual(before);
  });

  it("reports an empty file and broken YAML together", async () => {
    await site.write("content/posts/2019/tom.md", "");
    await site.write("content/posts/2019/yaml.md", '---\ntitle: "Uafsluttet\ndate: 2019-03-01\n---\n');
    const error = (await site.build().catch((reason: unknown) => reason)) as ContentError;
    expect(error.problems.map((problem) => problem.file)).toEqual([
      "content/posts/2019/tom.md",
      "content/posts/2019/yaml.md",
    ]);
    expect(error.problems[0]?.message).toBe("Filen er tom.");
    expect(error.problems[1]?.line).toBeGreaterThan(1);
  });
});

describe("a good build", () => {
  it("exits zero from the command line", async () => {
    expect((await runBuild()).code).toBe(0);
  });

  it("removes the page of a deleted post", async () => {
    expect(await site.outputFiles()).toContain("2019/morgenmoede/index.html");
    await site.remove("content/posts/2019/morgenmoede.md");
    await site.write("content/posts/2019/nyt.md", post("Nyt møde", "2019-04-01"));
    await site.build();
    const files = await site.outputFiles();
    expect(files).toContain("2019/nyt-moede/index.html");
    expect(files).not.toContain("2019/morgenmoede/index.html");
  });

  it("moves a renamed post's page", async () => {
    await site.write("content/posts/2019/morgenmoede.md", post("Morgenmøde om frivillighed", "2019-03-01"));
    await site.build();
    const files = await site.outputFiles();
    expect(files).toContain("2019/morgenmoede-om-frivillighed/index.html");
    expect(files).not.toContain("2019/morgenmoede/index.html");
  });
});

describe("the command line", () => {
  it("refuses an unknown option without touching the site", async () => {
    const before = await snapshot();
    const result = await runBuild(["--outptu=x"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Brug: npm run build");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a malformed SOURCE_DATE_EPOCH", async () => {
    const result = await runBuild([], { SOURCE_DATE_EPOCH: "i går" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("SOURCE_DATE_EPOCH");
  });

  it("refuses a bad SITE_URL and PATH_PREFIX in one Danish report, touching nothing", async () => {
    const before = await snapshot();
    const result = await runBuild(["--quiet"], { SITE_URL: "eksempel.github.io", PATH_PREFIX: "blog" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Siden blev ikke bygget: der er 2 fejl i indholdet.");
    expect(result.stderr).toContain('miljøvariablen SITE_URL\n  Værdien er "eksempel.github.io", som ikke er en hel webadresse.');
    expect(result.stderr).toContain('miljøvariablen PATH_PREFIX\n  Værdien "blog" er ikke en mappe på formen /navn/.');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(await snapshot()).toEqual(before);
  });
});

// Regression: a search index error was thrown inside Eleventy's eleventy.after, so
// Eleventy logged it (in English, with a stack trace) before npm run build printed
// it again.
describe("a search index that cannot be built", () => {
  it("reaches the caller alone, as the Danish report, leaving the last good site as it was", async () => {
    const before = await snapshot();
    const logged = [vi.spyOn(console, "error"), vi.spyOn(console, "warn"), vi.spyOn(console, "log")];
    try {
      const error = await buildSite({
        root: site.root,
        env: { SOURCE_DATE_EPOCH: BUILD_EPOCH },
        now: () => new Date(),
        quiet: true,
        search: fakePagefind({ addErrors: ["kunne ikke læse siden"] }),
      }).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(SearchIndexError);
      expect((error as SearchIndexError).message).toContain("kunne ikke læse siden");
      // Eleventy's own line ("Wrote 3 files") may be there; nothing about the failure is.
      const printed = logged.flatMap((spy) => spy.mock.calls.flat()).map(String).join("\n");
      expect(printed).not.toMatch(/Søgeindeks|kunne ikke læse siden|SearchIndexError|Problem writing/);
    } finally {
      for (const spy of logged) spy.mockRestore();
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("two sources writing one address", () => {
  /** The build's content error, or a failure naming what was thrown instead. */
  async function contentError(env?: Record<string, string>): Promise<ContentError> {
    const error = await site.build(env).catch((reason: unknown) => reason);
    if (!(error instanceof ContentError)) throw new Error(`expected a ContentError, got ${String(error)}`);
    return error;
  }

  it("stops the build in Danish, naming both posts, when two posts' meetings would get one calendar id", async () => {
    await site.write("data/calendar/2019.yaml", "activities: []\n");
    await site.write("content/posts/2019/morgenmoede.md", post("Morgenmøde", "2019-03-01", "meeting:\n  date: 2019-03-01"));
    // Scheduled: published 10 January 2020, after the fixture's build date, with its meeting in 2019.
    await site.write("content/posts/2020/morgenmoede.md", post("Morgenmøde", "2020-01-10", "meeting:\n  date: 2019-11-15"));
    const before = await snapshot();
    // Before the second post is published, and on a day after (2020-01-14): the same report.
    for (const env of [undefined, { SOURCE_DATE_EPOCH: "1579000000" }]) {
      const error = await contentError(env);
      expect(error.problems.map((problem) => problem.file)).toEqual(["content/posts/2019/morgenmoede.md", "content/posts/2020/morgenmoede.md"]);
      const [first, second] = error.problems;
      expect(first?.message).toContain("/kalender/2019/morgenmoede.ics");
      expect(first?.message).toContain("content/posts/2020/morgenmoede.md");
      expect(second?.message).toContain("content/posts/2019/morgenmoede.md");
      expect(second?.hint).toContain("data/calendar/2019.yaml");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("stops the build when a page the secretariat adds takes an address the site already has", async () => {
    await site.write("content/arkiv.md", "---\nlayout: page.njk\ntitle: Arkiv\n---\n\nGamle sider.\n");
    await site.write("content/moede.md", "---\nlayout: page.njk\ntitle: Mødet\npermalink: /2019/morgenmoede/\n---\n\nTekst.\n");
    const error = await contentError();
    expect(error.problems.map((problem) => problem.file)).toEqual([
      "content/arkiv.md",
      "content/arkiv.njk",
      "content/moede.md",
      "content/posts/2019/morgenmoede.md",
    ]);
    expect(error.problems[0]?.message).toBe("giver samme adresse (/arkiv/) som siden content/arkiv.njk.");
    expect(error.problems[2]?.message).toBe("giver samme adresse (/2019/morgenmoede/) som indlægget content/posts/2019/morgenmoede.md.");
    expect(error.problems[2]?.field).toBe("permalink");
  });

  it("stops the build when a page takes the editor's address, and builds it when the settings turn the editor off", async () => {
    await site.write("content/admin.md", "---\nlayout: page.njk\ntitle: Administration\n---\n\nTekst.\n");
    await site.write("content/redaktion.md", "---\nlayout: page.njk\ntitle: Konfiguration\npermalink: /admin/config.yml\n---\n\nTekst.\n");
    // Decap's own bundle is copied in after Eleventy has written the pages.
    await site.write("content/skript.md", "---\nlayout: page.njk\ntitle: Skript\npermalink: /admin/decap-cms.js\n---\n\nTekst.\n");
    const error = await contentError();
    expect(error.problems.map((problem) => [problem.file, problem.message])).toEqual([
      ["content/admin.md", "giver samme adresse (/admin/) som redaktionen i browseren (/admin/index.html)."],
      ["content/redaktion.md", "giver samme adresse (/admin/config.yml) som redaktionen i browseren (/admin/config.yml)."],
      ["content/skript.md", "giver samme adresse (/admin/decap-cms.js) som redaktionen i browseren (/admin/decap-cms.js)."],
    ]);

    const { cms: _cms, ...settings } = JSON.parse(await readFile(path.join(site.root, "data/site.json"), "utf8"));
    await site.write("data/site.json", JSON.stringify(settings));
    await site.build();
    expect(readable((await site.page("/admin/")).querySelector("h1"))).toBe("Administration");
  });

  it("stops the build when a page takes the address of one of the home page's pages, counting posts not yet published", async () => {
    // Ten published posts fill the home page; the eleventh, scheduled (2020), will make /side/2/.
    for (let day = 1; day <= 9; day += 1) await site.write(`content/posts/2019/moede-${day}.md`, post(`Møde ${day}`, `2019-04-0${day}`));
    await site.write("content/posts/2020/nytaar.md", post("Nytår", "2020-01-10"));
    await site.write("content/side/2.md", "---\nlayout: page.njk\ntitle: Side to\n---\n\nTekst.\n");
    await site.write("content/forside.md", "---\nlayout: page.njk\ntitle: Forside\npermalink: /\n---\n\nTekst.\n");
    const error = await contentError();
    expect(error.problems.map((problem) => [problem.file, problem.field, problem.message])).toEqual([
      ["content/forside.md", "permalink", "giver samme adresse (/) som forsiden."],
      ["content/side/2.md", undefined, "giver samme adresse (/side/2/) som forsidens side 2."],
    ]);
  });

  it("makes npm run build say so in Danish, without Eleventy's English error", async () => {
    await site.write("content/personer.md", "---\nlayout: page.njk\ntitle: Folk\npermalink: /personer/\n---\n\nTekst.\n");
    const { code, stderr } = await runBuild();
    expect(code).toBe(1);
    expect(stderr).toMatch(/^content\/personer\.md\n {2}(?:linje \d+: )?felt "permalink" giver samme adresse \(\/personer\/\) som siden content\/personer\.njk\./m);
    expect(stderr).not.toContain("DuplicatePermalinkOutputError");
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
