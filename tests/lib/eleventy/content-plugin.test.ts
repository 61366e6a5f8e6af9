import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ContentError } from "../../../lib/content/problems.ts";
import { contentPlugin } from "../../../lib/eleventy/content-plugin.ts";
import { SiteState } from "../../../lib/eleventy/site-state.ts";
import type { CollectionItem, EleventyBeforeArgs } from "../../../lib/eleventy/types.ts";
import { type Registered, fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { PROJECT_ROOT } from "../../helpers/fixture-site.ts";

let root: string;
let registered: Registered;
let state: SiteState;

async function write(relative: string, text: string) {
  await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
  await writeFile(path.join(root, relative), text);
}

async function runBefore(runMode: EleventyBeforeArgs["runMode"]) {
  const directories = { input: path.join(root, "content/"), output: "_site/", data: path.join(root, "data/"), includes: "" };
  for (const listener of registered.before) await listener({ directories, runMode, outputMode: "fs", incremental: false });
}

/** A computed-data function the plugin registered, called as Eleventy would. */
function computed(name: string, inputPath: string, data: Record<string, unknown> = {}): unknown {
  const factory = registered.globalData.get(`eleventyComputed.${name}`) as () => (data: object) => unknown;
  return factory()({ ...data, page: { inputPath } });
}

const postPath = (name: string) => path.join(root, "content/posts/2019", name);

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "plugin-"));
  await write("data/site.json", await readFile(path.join(PROJECT_ROOT, "data/site.json"), "utf8"));
  await write("content/posts/2019/a.md", "---\ntitle: Første\ndate: 2019-03-01\n---\n");
  await write("content/posts/2019/b.md", "---\ntitle: Kladden\ndate: 2019-01-01\ndraft: true\n---\n");
  registered = fakeEleventyConfig();
  state = new SiteState();
  contentPlugin(registered.config, { state, env: { SOURCE_DATE_EPOCH: "0" }, now: () => new Date() });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("contentPlugin", () => {
  it("validates before the build and throws every problem in Danish", async () => {
    await write("content/posts/2019/c.md", "---\ntitle: Uden dato\n---\n");
    await expect(runBefore("build")).rejects.toThrow(ContentError);
    await expect(runBefore("build")).rejects.toThrow('content/posts/2019/c.md: felt "date" mangler.');
  });

  it("gives templates the validated post and its Danish URL", async () => {
    await runBefore("build");
    expect(computed("post", postPath("a.md"))).toMatchObject({ data: { title: "Første" }, file: "content/posts/2019/a.md" });
    expect(computed("permalink", postPath("a.md"))).toBe("/2019/foerste/");
  });

  it("leaves other pages' permalinks alone", async () => {
    await runBefore("build");
    expect(computed("permalink", path.join(root, "content/index.njk"), { permalink: "/" })).toBe("/");
    expect(computed("post", path.join(root, "content/index.njk"))).toBeUndefined();
  });

  it("keeps drafts out of a production build", async () => {
    await runBefore("build");
    expect(computed("permalink", postPath("b.md"))).toBe(false);
  });

  it("publishes drafts under the dev server", async () => {
    await runBefore("serve");
    expect(computed("permalink", postPath("b.md"))).toBe("/2019/kladden/");
  });

  it("collects the published posts oldest first", async () => {
    await runBefore("watch");
    const item = (file: string) => ({ inputPath: postPath(file) }) as CollectionItem;
    const other = { inputPath: path.join(root, "content/index.njk") } as CollectionItem;
    const collect = registered.collections.get("posts");
    const api = { getAll: () => [item("a.md"), other, item("b.md")] };
    expect((collect?.(api) as CollectionItem[]).map((entry) => path.basename(entry.inputPath))).toEqual(["b.md", "a.md"]);
  });

  it("exposes the build date from SOURCE_DATE_EPOCH", async () => {
    await runBefore("build");
    const build = (registered.globalData.get("build") as () => { date: Date })();
    expect(build.date.toISOString()).toBe("1970-01-01T00:00:00.000Z");
  });
});
