import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ContentError } from "../../../lib/validation/problems.ts";
import { contentPlugin } from "../../../lib/eleventy/content-plugin.ts";
import { PreviewStatus } from "../../../lib/eleventy/error-page-plugin.ts";
import { SiteState } from "../../../lib/site/site-state.ts";
import { loadSite } from "../../../lib/site/load-site.ts";
import type { LoadedPost, PostCache } from "../../../lib/content/load-posts.ts";
import type { EleventyBeforeArgs, EleventyPage } from "../../../lib/eleventy/types.ts";
import { type Registered, fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { shippedSiteSettings, useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("plugin");
const write = scratch.write;
let registered: Registered;
let state: SiteState;

async function runBefore(runMode: EleventyBeforeArgs["runMode"]) {
  const directories = { input: path.join(scratch.root, "content/"), output: "_site/", data: path.join(scratch.root, "data/"), includes: "" };
  for (const listener of registered.before) await listener({ directories, runMode, outputMode: "fs", incremental: false });
}

/** The data the plugin's preprocessor gives the template at `inputPath` as Eleventy reads it (`data` as the template had it). */
function readData(inputPath: string, data: Record<string, unknown> = {}): Record<string, unknown> {
  const preprocess = registered.preprocessors.get("unpublished");
  const read = { ...data, page: { inputPath } as never };
  preprocess?.(read, "");
  return read;
}

/** Whether the plugin's preprocessor lets the template at `inputPath` into the build, as Eleventy asks it. */
function built(inputPath: string): boolean {
  const preprocess = registered.preprocessors.get("unpublished");
  return preprocess?.({ page: { inputPath } as never }, "") !== false;
}

/** A terminal for the preview that keeps what it is told. */
function fakeTerminal() {
  const printed: string[] = [];
  const exits: number[] = [];
  return { printed, exits, print: (text: string) => printed.push(text), exit: (code: number) => exits.push(code) };
}

const context = (postCache: PostCache = new Map()) => ({ env: { SOURCE_DATE_EPOCH: EPOCH }, now: () => new Date(), postCache });

/** 2019-12-31T23:30:00Z: still 31 December in UTC, already 1 January 2020 in Copenhagen. */
const EPOCH = "1577835000";

const postPath = (name: string) => path.join(scratch.root, "content/posts/2019", name);

beforeEach(async () => {
  await write("data/site.json", await shippedSiteSettings());
  await write("content/posts/2019/a.md", "---\ntitle: Første\ndate: 2019-03-01\n---\n");
  await write("content/posts/2019/b.md", "---\ntitle: Kladden\ndate: 2019-01-01\ndraft: true\n---\n");
  registered = fakeEleventyConfig();
  state = new SiteState();
  contentPlugin(registered.config, { state, context: context() });
});

describe("contentPlugin", () => {
  it("validates before the build and throws every problem in Danish", async () => {
    await write("content/posts/2019/c.md", "---\ntitle: Uden dato\n---\n");
    await expect(runBefore("build")).rejects.toThrow(ContentError);
    await expect(runBefore("build")).rejects.toThrow('content/posts/2019/c.md\n  linje 2: felt "date" mangler.');
  });

  it("under the dev server, tells the preview about content errors in Danish without programmer words, and clears them once fixed", async () => {
    const terminal = fakeTerminal();
    const preview = new PreviewStatus(terminal);
    registered = fakeEleventyConfig();
    contentPlugin(registered.config, { state, context: context(), preview });
    await runBefore("serve");
    await write("content/posts/2019/c.md", "---\ntitle: Uden dato\n---\n");
    const error = await runBefore("serve").catch((reason: unknown) => reason);
    // A plain Error: Eleventy prints "(via <name>)" after any other kind.
    expect((error as Error).name).toBe("Error");
    expect((error as Error).message.split("\n")).toEqual([
      "Forhåndsvisningen er ikke opdateret: der er 1 fejl i indholdet. Browseren viser den også.",
      "",
      "content/posts/2019/c.md",
      '  linje 2: felt "date" mangler. Skriv datoen som år-måned-dag, fx 2018-10-05.',
      "",
      "Ret fejlen, og gem filen: så bygges forhåndsvisningen igen af sig selv.",
    ]);
    expect(preview.problems?.map((problem) => problem.field)).toEqual(["date"]);
    // The preview prints the report once; the error says so, and Eleventy leaves out its own English heading.
    expect(terminal.printed).toEqual([(error as Error).message]);
    expect(Object.getOwnPropertyDescriptor(error, "__errorAlreadyLogged")?.value).toBe(true);
    expect(terminal.exits).toEqual([]);
    await write("content/posts/2019/c.md", "---\ntitle: Med dato\ndate: 2019-04-01\n---\n");
    await runBefore("serve");
    expect(preview.problems).toBeUndefined();
  });

  it("says that the dev server cannot start when the first build has content errors", async () => {
    await write("content/posts/2019/c.md", "---\ntitle: Uden dato\n---\n");
    registered = fakeEleventyConfig();
    const terminal = fakeTerminal();
    contentPlugin(registered.config, { state, context: context(), preview: new PreviewStatus(terminal) });
    const error = (await runBefore("serve").catch((reason: unknown) => reason)) as Error;
    expect(error.message).toMatch(/^Forhåndsvisningen kan ikke starte: der er 1 fejl i indholdet\.\n/);
    expect(error.message).toMatch(/\nRet fejlen, og start igen med npm start\.$/);
    // Printed once, and the dev server ends there, before Eleventy's command line prints it again as a fatal error.
    expect(terminal.printed).toEqual([error.message]);
    expect(terminal.exits).toEqual([1]);
  });

  // Regression: the production build validated every post, then eleventy.before read
  // and validated them all again.
  it("reads the site through the build's post cache: a post the caller validated is not validated again", async () => {
    const postCache: PostCache = new Map();
    const validated = await loadSite({ inputDir: path.join(scratch.root, "content"), dataDir: path.join(scratch.root, "data"), ...context(postCache), showDrafts: false });
    registered = fakeEleventyConfig();
    contentPlugin(registered.config, { state, context: context(postCache) });
    await runBefore("build");
    expect(state.site.posts[0]).toBe(validated.posts[0]);
    // A file changed since is read again.
    await write("content/posts/2019/c.md", "---\ntitle: Uden dato\n---\n");
    await expect(runBefore("build")).rejects.toThrow('content/posts/2019/c.md\n  linje 2: felt "date" mangler.');
  });

  // Regression: templates read data/site.json raw, so a trailing slash in `url`
  // gave the Atom feed the id https://blog.csrforum.dk//.
  it("gives templates the settings validated and normalised as `site`, not data/site.json as written", async () => {
    const settings = JSON.parse(await shippedSiteSettings()) as Record<string, string>;
    await write("data/site.json", JSON.stringify({ ...settings, title: "  CSR Forum  ", url: "https://blog.csrforum.dk/" }));
    await runBefore("build");
    const site = (registered.globalData.get("site") as () => Record<string, string>)();
    expect(site.title).toBe("CSR Forum");
    expect(site.url).toBe("https://blog.csrforum.dk");
  });

  it("gives templates the validated post and its Danish URL", async () => {
    await runBefore("build");
    expect(readData(postPath("a.md")).post).toMatchObject({ data: { title: "Første" }, file: "content/posts/2019/a.md" });
    expect(readData(postPath("a.md")).permalink).toBe("/2019/foerste/");
    // Its topics are not Eleventy's collections (tags), which the plugins use for their own.
    expect(readData(postPath("a.md"), { tags: ["Klima"] }).tags).toEqual([]);
  });

  it("leaves other pages' permalinks alone", async () => {
    await runBefore("build");
    const page = readData(path.join(scratch.root, "content/om.md"), { permalink: "/om/", tags: ["side"] });
    expect(page.permalink).toBe("/om/");
    expect(page.post).toBeUndefined();
    expect(page.tags).toEqual(["side"]);
  });

  it("keeps drafts out of a production build, before they are rendered", async () => {
    await runBefore("build");
    expect(built(postPath("b.md"))).toBe(false);
    expect(built(postPath("a.md"))).toBe(true);
    expect(built(path.join(scratch.root, "content/index.njk"))).toBe(true);
  });

  it("publishes drafts under the dev server", async () => {
    await runBefore("serve");
    expect(built(postPath("b.md"))).toBe(true);
    expect(readData(postPath("b.md")).permalink).toBe("/2019/kladden/");
  });

  it("keeps posts dated after the build's day in the site's zone out of a production build", async () => {
    await write("content/posts/2020/c.md", "---\ntitle: I dag\ndate: 2020-01-01\n---\n");
    await write("content/posts/2020/d.md", "---\ntitle: I morgen\ndate: 2020-01-02\n---\n");
    await runBefore("build");
    expect(built(path.join(scratch.root, "content/posts/2020/c.md"))).toBe(true);
    expect(built(path.join(scratch.root, "content/posts/2020/d.md"))).toBe(false);
  });

  it("publishes scheduled posts under the dev server", async () => {
    await write("content/posts/2020/d.md", "---\ntitle: I morgen\ndate: 2020-01-02\n---\n");
    await runBefore("serve");
    expect(built(path.join(scratch.root, "content/posts/2020/d.md"))).toBe(true);
  });

  it("gives a post's page its older and newer neighbour among the published posts", async () => {
    await write("content/posts/2019/c.md", "---\ntitle: Tredje\ndate: 2019-09-01\n---\n");
    await runBefore("build");
    const page = (file: string) => ({ inputPath: postPath(file) }) as EleventyPage;
    const older = registered.filters.get("olderPost") as (page: EleventyPage) => LoadedPost | undefined;
    const newer = registered.filters.get("newerPost") as (page: EleventyPage) => LoadedPost | undefined;
    // b.md is a draft, left out of a production build: a.md and c.md are each other's neighbours.
    expect(newer(page("a.md"))?.data.title).toBe("Tredje");
    expect(older(page("a.md"))).toBeUndefined();
    expect(older(page("c.md"))?.data.title).toBe("Første");
    expect(newer(page("c.md"))).toBeUndefined();
  });

  it("exposes the build date from SOURCE_DATE_EPOCH", async () => {
    await runBefore("build");
    const build = (registered.globalData.get("build") as () => { date: Date })();
    expect(build.date.toISOString()).toBe("2019-12-31T23:30:00.000Z");
  });
});
