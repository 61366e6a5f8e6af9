import path from "node:path";
import { describe, expect, it } from "vitest";
import { searchPlugin } from "../../../lib/eleventy/search-plugin.ts";
import type { CoalescingTask } from "../../../lib/search/coalescing-task.ts";
import { SearchIndexError } from "../../../lib/search/index-site.ts";
import type { SiteState } from "../../../lib/site/site-state.ts";
import type { EleventyAfterArgs } from "../../../lib/eleventy/types.ts";
import { fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { type FakePagefindScript, fakePagefind } from "../../helpers/fake-pagefind.ts";
import { PROJECT_ROOT } from "../../helpers/project-root.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("search-plugin");

function setup({
  quiet = false,
  script = {},
  addHangsUntilReleased = false,
  posts = [],
}: { quiet?: boolean; script?: FakePagefindScript; addHangsUntilReleased?: boolean; posts?: string[] } = {}) {
  const registered = fakeEleventyConfig();
  // The project's own input folder: the plugin hashes the real search script.
  const directories = { ...registered.config.directories, input: `${path.join(PROJECT_ROOT, "content")}/` };
  const config = { ...registered.config, directories, ...(quiet ? { quietMode: true } : {}) };
  const service = fakePagefind({ ...script, ...(addHangsUntilReleased ? { addWaitsForRelease: true } : {}) });
  const lines: string[] = [];
  const errors: string[] = [];
  let background: CoalescingTask | undefined;
  /** The production build's index, as `buildSite` hands it over: the pages it was given, in order. */
  const indexed: string[] = [];
  const searchIndex = { add: (sourcePath: string) => void indexed.push(sourcePath) };
  searchPlugin(config, {
    service,
    log: (line) => lines.push(line),
    clock: () => 0,
    logError: (message) => errors.push(message),
    backgroundIndexing: (task) => (background = task),
    searchIndex,
    // Only what the plugin asks of the site: whether an input path is a post.
    state: { post: (inputPath: string) => (posts.includes(inputPath) ? {} : undefined) } as unknown as SiteState,
  });
  const idle = () => background?.idle();
  const folders = { input: "content/", output: `${scratch.root}/`, data: "data/", includes: "layouts/" };
  const after = async (outputMode: EleventyAfterArgs["outputMode"], runMode: EleventyAfterArgs["runMode"] = "build") => {
    for (const listener of registered.after) await listener({ directories: folders, runMode, outputMode, incremental: false, results: [] });
  };
  /** A whole build as Eleventy runs it: before, the content map, each page through the transforms (in `written` order), after. */
  const build = async ({ outputMode = "fs", order, written }: { outputMode?: EleventyAfterArgs["outputMode"]; order: Record<string, string[]>; written: WrittenPage[] }) => {
    for (const listener of registered.before) await listener({ directories: folders, runMode: "build", outputMode, incremental: false });
    for (const listener of registered.contentMap) await listener({ inputPathToUrl: order });
    const transform = registered.transforms.get("search-index");
    for (const page of written) {
      const context = { url: page.url, outputPath: path.join(scratch.root, page.file), ...(page.baseHref ? { baseHref: page.baseHref } : {}) };
      expect(await transform?.call(context, page.html, context.outputPath)).toBe(page.html);
    }
    await after(outputMode);
  };
  return { registered, service, lines, errors, after, build, idle, indexed };
}

interface WrittenPage {
  url: string;
  file: string;
  html: string;
  baseHref?: string;
}

const searchable = (url: string, file = `${url.slice(1)}index.html`): WrittenPage => ({
  url,
  file,
  html: `<html lang="da"><body><article data-pagefind-body><h1>${url}</h1></article></body></html>`,
});
const plain = (url: string, file = `${url.slice(1)}index.html`): WrittenPage => ({ url, file, html: `<html lang="da"><body><h1>${url}</h1></body></html>` });

describe("searchPlugin", () => {
  it("indexes the output folder Eleventy names after a dev server's build, and says so", async () => {
    const { service, lines, after, idle } = setup();
    await after("fs", "serve");
    await idle();
    expect(service.calls).toEqual(["createIndex", `addDirectory ${scratch.root}/ **/*.html`, `writeFiles ${path.join(scratch.root, "pagefind")}`, "close"]);
    expect(lines).toEqual(["Søgeindeks: 1 side indekseret på 0,00 s"]);
  });

  it("hands the production build's index each searchable page as it is written, and starts no Pagefind of its own", async () => {
    const { service, lines, build, indexed } = setup();
    await build({
      order: { "content/index.njk": ["/"], "content/posts/a.md": ["/2019/a/"], "content/meta/feed.njk": ["/feed.xml"] },
      written: [plain("/"), searchable("/2019/a/"), { url: "/feed.xml", file: "feed.xml", html: "<feed data-pagefind-body></feed>" }],
    });
    expect(indexed).toEqual(["2019/a/index.html"]);
    expect(service.calls).toEqual([]);
    expect(lines).toEqual([]);
  });

  // Regression: Pagefind numbers pages in the order they arrive, and Eleventy's
  // content map listed templates in a different order from one build to the next.
  it("hands over posts by URL, then the other pages by URL, whatever Eleventy's order and however they are written", async () => {
    const pages = [searchable("/2019/b/"), searchable("/2018/a/"), searchable("/om/"), searchable("/bliv-medlem/")];
    const runs = [];
    const builds: Array<[Record<string, string[]>, number[]]> = [
      [{ "content/om.md": ["/om/"], "content/posts/b.md": ["/2019/b/"], "content/bliv-medlem.md": ["/bliv-medlem/"], "content/posts/a.md": ["/2018/a/"] }, [3, 2, 1, 0]],
      [{ "content/posts/a.md": ["/2018/a/"], "content/bliv-medlem.md": ["/bliv-medlem/"], "content/posts/b.md": ["/2019/b/"], "content/om.md": ["/om/"] }, [1, 0, 2, 3]],
    ];
    for (const [order, written] of builds) {
      const run = setup({ posts: ["content/posts/a.md", "content/posts/b.md"] });
      await run.build({ order, written: written.map((index) => pages[index] as WrittenPage) });
      runs.push(run.indexed);
    }
    expect(runs[0]).toEqual(["2018/a/index.html", "2019/b/index.html", "bliv-medlem/index.html", "om/index.html"]);
    expect(runs[1]).toEqual(runs[0]);
  });

  it("leaves out a feed's copy of a page (renderTransforms sets a base): only the written page is indexed", async () => {
    const { build, indexed } = setup();
    const page = searchable("/2019/a/");
    await build({ order: { "content/posts/a.md": ["/2019/a/"] }, written: [{ ...page, baseHref: "https://example.org/" }, page] });
    expect(indexed).toEqual(["2019/a/index.html"]);
  });

  it("indexes after each rebuild of the dev server too, in the background", async () => {
    const { service, after, idle } = setup();
    await after("fs", "serve");
    await idle();
    await after("fs", "watch");
    await idle();
    expect(service.calls.filter((call) => call === "createIndex")).toHaveLength(2);
  });

  // Regression: each dev-server rebuild waited for the search index of the build
  // before it (~8 s at 4,000 posts) before it could start.
  it("lets the dev server's next rebuild start before the index is written", async () => {
    const { service, after, idle } = setup({ addHangsUntilReleased: true });
    await after("fs", "serve");
    expect(service.calls).toEqual(["createIndex", `addDirectory ${scratch.root}/ **/*.html`]);
    service.release?.();
    await idle();
    expect(service.calls.at(-1)).toBe("close");
  });

  it("reports a failed background index and keeps serving", async () => {
    const { after, idle, errors } = setup({ script: { addErrors: ["kunne ikke læse siden"] } });
    await after("fs", "watch");
    await idle();
    expect(errors).toEqual([new SearchIndexError("addDirectory", ["kunne ikke læse siden"]).message]);
  });

  // Regression: the dev server logged only an error's `.message`, which for anything
  // but Pagefind's own report left out where it came from.
  it("reports an unexpected failure whole, under a Danish heading", async () => {
    const { after, idle, errors, service } = setup();
    service.createIndex = () => Promise.reject(new TypeError("uventet"));
    await after("fs", "watch");
    await idle();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Søgeindekset kunne ikke bygges på grund af en uventet fejl\./);
    expect(errors[0]).toContain("TypeError: uventet\n    at ");
  });

  it("indexes nothing for a build to memory", async () => {
    const { service, lines, build, indexed } = setup();
    await build({ outputMode: "json", order: { "content/posts/a.md": ["/2019/a/"] }, written: [searchable("/2019/a/")] });
    await build({ outputMode: "ndjson", order: { "content/posts/a.md": ["/2019/a/"] }, written: [searchable("/2019/a/")] });
    expect(service.calls).toEqual([]);
    expect(lines).toEqual([]);
    expect(indexed).toEqual([]);
  });

  it("keeps quiet in quiet mode, but still indexes", async () => {
    const { service, lines, after, idle } = setup({ quiet: true });
    await after("fs", "serve");
    await idle();
    expect(service.calls).toContain("writeFiles " + path.join(scratch.root, "pagefind"));
    expect(lines).toEqual([]);
  });

  it("registers the filters the layouts use", () => {
    const { registered } = setup();
    expect([...registered.filters.keys()]).toEqual(expect.arrayContaining(["searchFilters", "speakerLine"]));
  });
});
