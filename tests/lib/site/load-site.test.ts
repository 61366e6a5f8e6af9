import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ContentError } from "../../../lib/validation/problems.ts";
import { SUMMARY_WARNING_LENGTH } from "../../../lib/content/warnings.ts";
import { loadSite, siteWarnings } from "../../../lib/site/load-site.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";
import { shippedSiteSettings, useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("load-site");
const write = scratch.write;

const load = (env: Record<string, string> = {}) =>
  loadSite({
    inputDir: path.join(scratch.root, "content"),
    dataDir: path.join(scratch.root, "data"),
    env,
    now: () => new Date("2026-01-01T00:00:00Z"),
    showDrafts: false,
  });

beforeEach(async () => {
  await write("data/site.json", await shippedSiteSettings());
  await write("content/posts/2019/a.md", "---\ntitle: Et møde\ndate: 2019-03-01\n---\n");
});

describe("loadSite", () => {
  it("returns the settings, the posts and the build date", async () => {
    const site = await load({ SOURCE_DATE_EPOCH: "1547553600" });
    expect(site.settings.timeZone).toBe("Europe/Copenhagen");
    expect(site.posts.map((post) => post.urlPath)).toEqual(["/2019/et-moede/"]);
    expect(site.buildDate.toISOString()).toBe("2019-01-15T12:00:00.000Z");
    expect(site.showDrafts).toBe(false);
  });

  it("returns the activity calendars with their links to posts resolved", async () => {
    await write(
      "data/calendar/2019.yaml",
      "activities:\n  - id: frist\n    title: Frist\n    date: 2019-06-14\n    kind: frist\n    status: confirmed\n    post: /2019/et-moede/\n",
    );
    const site = await load();
    expect(site.calendars.map((calendar) => calendar.year)).toEqual([2019]);
    expect(site.calendars[0]?.activities[0]?.post).toBe(site.posts[0]);
  });

  it("has no calendars when there is no data/calendar/", async () => {
    expect((await load()).calendars).toEqual([]);
  });

  it("reports problems in settings, posts, calendars and SOURCE_DATE_EPOCH together", async () => {
    await write("data/site.json", '{ "title": "" }');
    await write("data/calendar/2019.yaml", "activities:\n  - id: a\n");
    await write("content/posts/2019/b.md", "");
    const error = await load({ SOURCE_DATE_EPOCH: "i morgen" }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ContentError);
    const files = new Set((error as ContentError).problems.map((problem) => problem.file));
    expect(files).toEqual(
      new Set(["data/site.json", "content/posts/2019/b.md", "data/calendar/2019.yaml", "miljøvariablen SOURCE_DATE_EPOCH"]),
    );
  });

  it("returns the search's synonym groups, and none without data/search/synonyms.yaml", async () => {
    expect((await load()).synonyms).toEqual([]);
    await write("data/search/synonyms.yaml", "groups:\n  - [SDG, verdensmål]\n");
    expect((await load()).synonyms).toEqual([["SDG", "verdensmål"]]);
  });

  it("reports a bad synonyms file in the one report with the posts' problems", async () => {
    await write("data/search/synonyms.yaml", "groups:\n  - [SDG]\n");
    await write("content/posts/2019/b.md", "---\ntitle: Uden dato\n---\n");
    const error = await load().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect(new Set((error as ContentError).problems.map((problem) => problem.file))).toEqual(
      new Set(["data/search/synonyms.yaml", "content/posts/2019/b.md"]),
    );
  });

  it("reports a calendar's link to a post that does not exist", async () => {
    await write(
      "data/calendar/2019.yaml",
      "activities:\n  - id: a\n    title: T\n    kind: frist\n    status: tentative\n    post: /2019/intet/\n",
    );
    await expect(load()).rejects.toThrow('data/calendar/2019.yaml\n  linje 6: 1. aktivitet (activities[0]), felt "post" er "/2019/intet/", som ikke er et indlæg.');
  });
});

describe("loadSite and the deploy address", () => {
  it("takes the origin from data/site.json and serves from the root by default", async () => {
    const site = await load();
    expect(site.siteUrl).toBe("https://blog.csrforum.dk");
    expect(site.pathPrefix).toBe("/");
  });

  it("lets SITE_URL and PATH_PREFIX override them", async () => {
    const site = await load({ SITE_URL: "https://eksempel.github.io", PATH_PREFIX: "/blog/" });
    expect(site.siteUrl).toBe("https://eksempel.github.io");
    expect(site.pathPrefix).toBe("/blog/");
  });

  it("folds bad deploy variables into the one report with the other problems", async () => {
    await write("content/posts/2019/b.md", "");
    const error = await load({ SITE_URL: "eksempel.github.io", PATH_PREFIX: "/blog", SOURCE_DATE_EPOCH: "i går" }).catch(
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((problem) => problem.file).sort()).toEqual([
      "content/posts/2019/b.md",
      "miljøvariablen PATH_PREFIX",
      "miljøvariablen SITE_URL",
      "miljøvariablen SOURCE_DATE_EPOCH",
    ]);
  });
});

describe("siteWarnings", () => {
  it("adds names spelt two ways after the warnings about single posts", () => {
    const long = "a".repeat(SUMMARY_WARNING_LENGTH + 1);
    const first = { ...loadedPost("content/posts/2018/a.md", { title: "A", date: "2018-01-01", summary: long, speakers: [{ name: "Jon Kiellberg" }] }), body: "Tekst." };
    const second = { ...loadedPost("content/posts/2019/b.md", { title: "B", date: "2019-01-01", summary: "Kort.", speakers: [{ name: "Jon kiellberg" }] }), body: "Tekst." };
    expect(siteWarnings([first, second]).map((warning) => [warning.file, warning.field])).toEqual([
      ["content/posts/2018/a.md", "summary"],
      ["content/posts/2019/b.md", "speakers[0].name"],
    ]);
  });

  it("gives a warning across posts the line of the post as read now, and a post's own warnings from its text as read now", () => {
    const speakers = [{ name: "Jon kiellberg" }];
    const first = { ...loadedPost("content/posts/2018/a.md", { title: "A", date: "2018-01-01", summary: "Kort.", speakers: [{ name: "Jon Kiellberg" }] }), body: "Tekst." };
    const at = (line: number) => ({ ...loadedPost("content/posts/2019/b.md", { title: "B", date: "2019-01-01", summary: "Kort.", speakers }), body: "Tekst.", locate: () => ({ line, column: 3 }) });
    expect(siteWarnings([first, at(5)]).find((warning) => warning.file === "content/posts/2019/b.md")?.line).toBe(5);
    // The same front matter, its fields moved down by a comment: the warning follows them.
    expect(siteWarnings([first, at(7)]).find((warning) => warning.file === "content/posts/2019/b.md")?.line).toBe(7);
    // The same front matter with an empty text: the post's own warning comes and goes with its text.
    const empty = { ...at(7), body: "" };
    expect(siteWarnings([first, empty]).filter((warning) => warning.file === "content/posts/2019/b.md")).toHaveLength(2);
    expect(siteWarnings([first, at(7)]).filter((warning) => warning.file === "content/posts/2019/b.md")).toHaveLength(1);
  });
});
