import path from "node:path";
import { describe, expect, it } from "vitest";
import { searchPlugin } from "../../../lib/eleventy/search-plugin.ts";
import type { CoalescingTask } from "../../../lib/search/coalescing-task.ts";
import type { EleventyAfterArgs } from "../../../lib/eleventy/types.ts";
import { fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { type FakePagefindScript, fakePagefind } from "../../helpers/fake-pagefind.ts";
import { PROJECT_ROOT } from "../../helpers/project-root.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("search-plugin");

function setup({ quiet = false, script = {}, addHangsUntilReleased = false }: { quiet?: boolean; script?: FakePagefindScript; addHangsUntilReleased?: boolean } = {}) {
  const registered = fakeEleventyConfig();
  // The project's own input folder: the plugin hashes the real search script.
  const directories = { ...registered.config.directories, input: `${path.join(PROJECT_ROOT, "content")}/` };
  const config = { ...registered.config, directories, ...(quiet ? { quietMode: true } : {}) };
  const service = fakePagefind({ ...script, ...(addHangsUntilReleased ? { addWaitsForRelease: true } : {}) });
  const lines: string[] = [];
  const errors: string[] = [];
  let background: CoalescingTask | undefined;
  searchPlugin(config, { service, log: (line) => lines.push(line), clock: () => 0, logError: (message) => errors.push(message), backgroundIndexing: (task) => (background = task) });
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
      expect(await transform?.call(context, page.html)).toBe(page.html);
    }
    await after(outputMode);
  };
  return { registered, service, lines, errors, after, build, idle };
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
  it("gives Pagefind each searchable page of the production build as it is written, then writes the bundle, and says so", async () => {
    const { service, lines, build } = setup();
    await build({
      order: { "content/index.njk": ["/"], "content/posts/a.md": ["/2019/a/"], "content/meta/feed.njk": ["/feed.xml"] },
      written: [plain("/"), searchable("/2019/a/"), { url: "/feed.xml", file: "feed.xml", html: "<feed data-pagefind-body></feed>" }],
    });
    expect(service.calls).toEqual(["createIndex", "addHTMLFile 2019/a/index.html", `writeFiles ${path.join(scratch.root, "pagefind")}`, "close"]);
    expect(lines).toEqual(["Søgeindeks: 1 side indekseret på 0,00 s"]);
  });

  // Pagefind numbers pages in the order they arrive; Eleventy writes them in whatever order rendering finishes.
  it("gives Pagefind the pages in the content map's order, however they are written", async () => {
    const order = { "content/posts/a.md": ["/2019/a/"], "content/posts/b.md": ["/2019/b/"], "content/om.md": ["/om/"] };
    const pages = [searchable("/2019/a/"), searchable("/2019/b/"), searchable("/om/")];
    const first = setup();
    await first.build({ order, written: [pages[2], pages[0], pages[1]] as WrittenPage[] });
    const second = setup();
    await second.build({ order, written: [pages[1], pages[2], pages[0]] as WrittenPage[] });
    const added = ["addHTMLFile 2019/a/index.html", "addHTMLFile 2019/b/index.html", "addHTMLFile om/index.html"];
    expect(first.service.calls.filter((call) => call.startsWith("addHTMLFile"))).toEqual(added);
    expect(second.service.calls.filter((call) => call.startsWith("addHTMLFile"))).toEqual(added);
  });

  it("leaves out a feed's copy of a page (renderTransforms sets a base): only the written page is indexed", async () => {
    const { service, build } = setup();
    const page = searchable("/2019/a/");
    await build({ order: { "content/posts/a.md": ["/2019/a/"] }, written: [{ ...page, baseHref: "https://example.org/" }, page] });
    expect(service.calls.filter((call) => call.startsWith("addHTMLFile"))).toEqual(["addHTMLFile 2019/a/index.html"]);
  });

  it("stops the build with every error Pagefind gave for a page, and closes the service", async () => {
    const { service, build } = setup({ script: { addFileErrors: ["kunne ikke læse siden"] } });
    await expect(build({ order: { "content/posts/a.md": ["/2019/a/"] }, written: [searchable("/2019/a/")] })).rejects.toThrow(
      /Pagefind fejlede under "addHTMLFile"[\s\S]*kunne ikke læse siden/,
    );
    expect(service.calls.at(-1)).toBe("close");
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
    expect(errors).toEqual([expect.stringContaining("kunne ikke læse siden")]);
  });

  it("does nothing for a build to memory", async () => {
    const { service, lines, build } = setup();
    await build({ outputMode: "json", order: { "content/posts/a.md": ["/2019/a/"] }, written: [searchable("/2019/a/")] });
    await build({ outputMode: "ndjson", order: { "content/posts/a.md": ["/2019/a/"] }, written: [searchable("/2019/a/")] });
    expect(service.calls).toEqual([]);
    expect(lines).toEqual([]);
  });

  it("keeps quiet in quiet mode, but still indexes", async () => {
    const { service, lines, build } = setup({ quiet: true });
    await build({ order: { "content/posts/a.md": ["/2019/a/"] }, written: [searchable("/2019/a/")] });
    expect(service.calls).toContain("writeFiles " + path.join(scratch.root, "pagefind"));
    expect(lines).toEqual([]);
  });

  it("copies the search page's script from the input folder and registers the filters the layouts use", () => {
    const { registered } = setup();
    expect(registered.passthroughCopies).toEqual([
      { [path.join(PROJECT_ROOT, "content/assets/search.js")]: expect.stringMatching(/^assets\/search\.[0-9a-f]{10}\.js$/) },
    ]);
    expect([...registered.filters.keys()]).toEqual(expect.arrayContaining(["searchFilters", "speakerLine"]));
  });
});
