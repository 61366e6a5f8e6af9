import { describe, expect, it } from "vitest";
import { EDITOR_TEMPLATES_DIR, GENERATED_TEMPLATES_DIR, type PlannedOutput, dataOutputs, editorOutputs, generatedOutputs, outputClashes } from "../../../lib/site/output-paths.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";

const output = (url: string, file: string, extra: Partial<PlannedOutput> = {}): PlannedOutput => ({
  url,
  file,
  label: `siden ${file}`,
  hint: "Skriv en anden adresse i feltet permalink.",
  ...extra,
});

describe("outputClashes", () => {
  it("finds nothing when every address is written once", () => {
    expect(outputClashes([output("/arkiv/", "content/arkiv.njk"), output("/arkivet/", "content/arkivet.md")])).toEqual([]);
  });

  it("reports every source of a shared address, naming the others, whether the address ends in / or index.html", () => {
    const problems = outputClashes([
      output("/om/", "content/om.md", { field: "permalink" }),
      output("/om/index.html", "content/om.njk"),
      output("/om/", "content/om-os.md"),
    ]);
    expect(problems).toEqual([
      { file: "content/om-os.md", message: "giver samme adresse (/om/) som siden content/om.md og siden content/om.njk.", hint: "Skriv en anden adresse i feltet permalink." },
      { file: "content/om.md", field: "permalink", message: "giver samme adresse (/om/) som siden content/om.njk og siden content/om-os.md.", hint: "Skriv en anden adresse i feltet permalink." },
      { file: "content/om.njk", message: "giver samme adresse (/om/index.html) som siden content/om.md og siden content/om-os.md.", hint: "Skriv en anden adresse i feltet permalink." },
    ]);
  });
});

describe("generatedOutputs", () => {
  it("lists the fixed addresses of the generated files", async () => {
    const urls = (await generatedOutputs(GENERATED_TEMPLATES_DIR)).map((planned) => planned.url).sort();
    expect(urls).toEqual(["/_headers", "/feed.json", "/feed.xml", "/robots.txt", "/sitemap.xml"]);
  });

  it("names a generated file in the page's problem, and gives the generated file none", () => {
    const generated: PlannedOutput = { url: "/feed.xml", file: "/feed.xml", label: "sidens egen fil /feed.xml", hint: "", generated: true };
    expect(outputClashes([generated, output("/feed.xml", "content/feed.md", { field: "permalink" })])).toEqual([
      { file: "content/feed.md", field: "permalink", message: "giver samme adresse (/feed.xml) som sidens egen fil /feed.xml.", hint: "Skriv en anden adresse i feltet permalink." },
    ]);
  });
});

describe("editorOutputs", () => {
  it("lists the editor's page, config.yml and script, and Decap's files, as files the site makes itself", async () => {
    const outputs = await editorOutputs(EDITOR_TEMPLATES_DIR);
    const urls = outputs.map((planned) => planned.url);
    expect(urls.filter((url) => !/decap-cms/.test(url)).sort()).toEqual(["/admin/cms-admin.js", "/admin/config.yml", "/admin/index.html"]);
    expect(urls).toContain("/admin/decap-cms.js");
    expect(urls).toContain("/admin/decap-cms.js.LICENSE.txt");
    expect(urls.filter((url) => /^\/admin\/\d+\.decap-cms\.js$/.test(url)).length).toBeGreaterThan(0);
    expect(outputs.every((planned) => planned.generated === true)).toBe(true);
  });
});

describe("dataOutputs", () => {
  it("gives a calendar's page and feed, its activities' files and the files of the meetings no entry links", () => {
    const linked = loadedPost("content/posts/2019/marts.md", { title: "Marts", date: "2019-03-05", meeting: { date: "2019-03-01" } });
    const unlinked = loadedPost("content/posts/2019/maj.md", { title: "Maj", date: "2019-05-05", meeting: { date: "2019-05-01" } });
    const calendar = {
      year: 2019,
      file: "data/calendar/2019.yaml",
      activities: [{ id: "marts-moede", title: "Marts", kind: "morgenmøde" as const, status: "confirmed" as const, post: linked }],
    };
    const urls = dataOutputs({ posts: [linked, unlinked], calendars: [calendar] }).map((planned) => `${planned.url} ${planned.file}`);
    expect(urls.filter((url) => url.startsWith("/kalender/"))).toEqual([
      "/kalender/2019/ data/calendar/2019.yaml",
      "/kalender/2019.ics data/calendar/2019.yaml",
      "/kalender/2019/marts-moede.ics data/calendar/2019.yaml",
      "/kalender/2019/maj.ics content/posts/2019/maj.md",
    ]);
    expect(urls.slice(0, 2)).toEqual(["/2019/marts/ content/posts/2019/marts.md", "/2019/maj/ content/posts/2019/maj.md"]);
  });
});
