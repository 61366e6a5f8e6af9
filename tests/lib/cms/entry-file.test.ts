import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { postLocation } from "../../../lib/authoring/new-post.ts";
import { validatePost } from "../../../lib/content/validate-post.ts";
import { validateSiteSettings } from "../../../lib/site/settings.ts";
import {
  parseFrontMatterFile,
  parseJsonFile,
  parseYamlFile,
  postPathKeys,
  renderFrontMatterFile,
  renderJsonFile,
  renderYamlFile,
  withoutEmpty,
} from "../../../lib/cms/entry-file.ts";

const FIRST_POST = "content/posts/2018/2018-10-05-aarets-sidste-netvaerksmoede.md";

describe("withoutEmpty", () => {
  it("drops what a form leaves behind for fields not filled in, at any depth", () => {
    const form = {
      title: "Møde",
      summary: "",
      mission: "   ",
      tags: [],
      draft: false,
      sdgs: null,
      meeting: { date: "2019-03-01", start: "", venue: { name: "", address: "" } },
      speakers: [{ name: "Anne", role: "" }, { name: "" }],
      outcomes: { actions: [""] },
    };
    expect(withoutEmpty(form)).toEqual({
      title: "Møde",
      draft: false,
      meeting: { date: "2019-03-01" },
      speakers: [{ name: "Anne" }],
    });
  });

  it("keeps numbers and false, which are values", () => {
    expect(withoutEmpty({ sdgs: [17], draft: false, count: 0 })).toEqual({ sdgs: [17], draft: false, count: 0 });
  });
});

describe("the front matter format", () => {
  it("writes what the build reads as a valid post: dates and times stay text, whatever the characters", () => {
    const text = renderFrontMatterFile({
      date: "2019-03-01",
      title: "Ærlig snak: på Østerbro",
      meeting: { date: "2019-03-01", start: "08:30", end: "10:00" },
      speakers: [{ name: "Åse Ørum", organisation: "Yes" }],
      tags: ["no", "Partnerskaber"],
      sdgs: [17],
      draft: false,
      cms_year: "2019",
      cms_name: "2019-03-01-aerlig-snak-paa-oesterbro",
      body: "## Om mødet\n\nTekst.",
    }, ["title", "date"]);
    expect(text).toBe(
      [
        "---",
        'title: "Ærlig snak: på Østerbro"',
        'date: "2019-03-01"',
        "meeting:",
        '  date: "2019-03-01"',
        '  start: "08:30"',
        '  end: "10:00"',
        "speakers:",
        '  - name: "Åse Ørum"',
        '    organisation: "Yes"',
        "tags:",
        '  - "no"',
        '  - "Partnerskaber"',
        "sdgs:",
        "  - 17",
        "draft: false",
        "---",
        "",
        "## Om mødet",
        "",
        "Tekst.",
        "",
      ].join("\n"),
    );
    const { post, problems } = validatePost("content/posts/2019/x.md", text);
    expect(problems).toEqual([]);
    expect(post?.data).toMatchObject({ title: "Ærlig snak: på Østerbro", meeting: { start: "08:30" }, tags: ["no", "Partnerskaber"] });
  });

  it("reads the first post as the build does, and writes it back to the same values", async () => {
    const original = await readFile(FIRST_POST, "utf8");
    const form = parseFrontMatterFile(original);
    expect(form).toMatchObject({ date: "2018-10-05", sdgs: [17], meeting: { date: "2018-10-05" } });
    expect(String(form.body).startsWith("Det sidste møde i 2018")).toBe(true);
    const written = renderFrontMatterFile(form, Object.keys(form));
    const before = validatePost(FIRST_POST, original).post;
    const after = validatePost(FIRST_POST, written).post;
    expect(after?.data).toEqual(before?.data);
    expect(after?.body.trim()).toBe(before?.body.trim());
  });

  it("reads a file without front matter as all text", () => {
    expect(parseFrontMatterFile("Bare tekst\n")).toEqual({ body: "Bare tekst\n" });
  });

  it("writes a standing page's hidden fields through unchanged", () => {
    const page = "---\nlayout: page.njk\ntitle: Om netværket\npermalink: /om-netvaerket/\n---\n\nTekst\n";
    expect(parseFrontMatterFile(renderFrontMatterFile(parseFrontMatterFile(page)))).toEqual(parseFrontMatterFile(page));
  });
});

describe("the YAML format", () => {
  it("reads and writes a calendar with its dates as text and without empty fields", async () => {
    const calendar = parseYamlFile(await readFile("data/calendar/2019.yaml", "utf8"));
    const text = renderYamlFile({ ...calendar, activities: [{ id: "a", title: "A", kind: "andet", status: "confirmed", date: "2019-05-01", start: "" }] });
    expect(text).toContain('date: "2019-05-01"');
    expect(text).not.toContain("start");
    expect(parseYamlFile(text)).toMatchObject({ description: calendar.description });
  });
});

describe("the JSON format", () => {
  it("writes the shipped settings back byte for byte", async () => {
    const text = await readFile("data/site.json", "utf8");
    expect(renderJsonFile(parseJsonFile(text))).toBe(text);
  });

  // Decap's own "json" format wrote the cleared fields as "", which the build refused.
  it("writes settings whose login service and repository were cleared in the form as a file the build accepts", async () => {
    const form = { ...parseJsonFile(await readFile("data/site.json", "utf8")), cms: { repo: "", branch: "main", authUrl: "", editLink: false } };
    expect(validateSiteSettings("data/site.json", form).problems.map((problem) => problem.field)).toEqual(["cms.repo", "cms.authUrl"]);
    const written = JSON.parse(renderJsonFile(form, ["title", "url", "cms"])) as unknown;
    const { settings, problems } = validateSiteSettings("data/site.json", written);
    expect(problems).toEqual([]);
    expect(settings?.cms).toEqual({ branch: "main", editLink: false });
    expect(Object.keys(written as object).slice(0, 3)).toEqual(["title", "url", "cms"]);
  });
});

describe("postPathKeys", () => {
  it("names a new post as npm run new does: the year's folder and <date>-<Danish slug>", () => {
    const data = { title: "Årets møde: Æbler & Øl på Ærø", date: "2019-01-01" };
    expect(postPathKeys(data)).toEqual({ cms_year: "2019", cms_name: "2019-01-01-aarets-moede-aebler-og-oel-paa-aeroe" });
    expect(`content/posts/${postPathKeys(data).cms_year}/${postPathKeys(data).cms_name}.md`).toBe(postLocation(data).file);
  });

  it("takes the year from the date as written: 1 January is never the year before, in any zone", () => {
    expect(postPathKeys({ title: "Nytår", date: "2020-01-01" }).cms_year).toBe("2020");
  });

  it("gives nothing while the title or the date is missing", () => {
    expect(postPathKeys({ title: "Møde" })).toEqual({ cms_year: "", cms_name: "" });
    expect(postPathKeys({ date: "2019-01-01" })).toEqual({ cms_year: "", cms_name: "" });
  });
});
