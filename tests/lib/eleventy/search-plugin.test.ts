import path from "node:path";
import { describe, expect, it } from "vitest";
import { searchPlugin } from "../../../lib/eleventy/search-plugin.ts";
import type { CoalescingTask } from "../../../lib/search/coalescing-task.ts";
import { SearchIndexError } from "../../../lib/search/index-site.ts";
import type { EleventyAfterArgs } from "../../../lib/eleventy/types.ts";
import { fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { type FakePagefindScript, fakePagefind } from "../../helpers/fake-pagefind.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("search-plugin");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup({
  quiet = false,
  script = {},
  addHangsUntilReleased = false,
  idleMs = 0,
}: { quiet?: boolean; script?: FakePagefindScript; addHangsUntilReleased?: boolean; idleMs?: number } = {}) {
  const registered = fakeEleventyConfig();
  const config = quiet ? { ...registered.config, quietMode: true } : registered.config;
  const service = fakePagefind({ ...script, ...(addHangsUntilReleased ? { addWaitsForRelease: true } : {}) });
  const lines: string[] = [];
  const errors: string[] = [];
  let background: CoalescingTask | undefined;
  searchPlugin(config, {
    service,
    log: (line) => lines.push(line),
    clock: () => 0,
    logError: (message) => errors.push(message),
    backgroundIndexing: (task) => (background = task),
    idleMs,
  });
  const idle = () => background?.idle();
  const folders = { input: "content/", output: `${scratch.root}/`, data: "data/", includes: "layouts/" };
  /** A build's end; a dev server's is followed by its idle time, so that indexing has started. */
  const after = async (outputMode: EleventyAfterArgs["outputMode"], runMode: EleventyAfterArgs["runMode"] = "build", { waitIdle = true } = {}) => {
    for (const listener of registered.after) await listener({ directories: folders, runMode, outputMode, incremental: false, results: [] });
    if (waitIdle && runMode !== "build") await sleep(idleMs + 10);
  };
  const beforeWatch = async () => {
    for (const listener of registered.beforeWatch) await listener(["./content/posts/2019/a.md"]);
  };
  return { registered, service, lines, errors, after, idle, beforeWatch };
}

describe("searchPlugin", () => {
  it("indexes the output folder Eleventy names after a dev server's build, and says so", async () => {
    const { service, lines, after, idle } = setup();
    await after("fs", "serve");
    await idle();
    expect(service.calls).toEqual(["createIndex", `addDirectory ${scratch.root}/ **/*.html`, `writeFiles ${path.join(scratch.root, "pagefind")}`, "close"]);
    expect(lines).toEqual(["Søgeindeks: 1 side indekseret på 0,00 s"]);
  });

  // The production build indexes its staging folder itself, once Eleventy is done
  // (buildSite), so that a failure is reported once, by the build command.
  it("starts no Pagefind of its own for a production build", async () => {
    const { service, lines, after, idle } = setup();
    await after("fs", "build");
    await idle();
    expect(service.calls).toEqual([]);
    expect(lines).toEqual([]);
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

  it("indexes once the dev server has been idle, once for rebuilds in quick succession", async () => {
    const { service, after, idle } = setup({ idleMs: 200 });
    await after("fs", "serve", { waitIdle: false });
    await sleep(50);
    await after("fs", "watch", { waitIdle: false });
    await sleep(100);
    // 150 ms after the first rebuild and 100 ms after the second: not yet.
    expect(service.calls).toEqual([]);
    await sleep(150);
    await idle();
    expect(service.calls.filter((call) => call === "createIndex")).toHaveLength(1);
  });

  // Regression: at 4,000 posts the index of the last rebuild took the second core
  // from the next one, and each edit reached its page later than the one before.
  it("stops an index under way when a rebuild starts, reports nothing, and indexes again after it", async () => {
    const { service, after, idle, errors, lines, beforeWatch } = setup({ addHangsUntilReleased: true });
    await after("fs", "watch");
    expect(service.calls).toEqual(["createIndex", `addDirectory ${scratch.root}/ **/*.html`]);
    await beforeWatch();
    await idle();
    expect(service.calls).toEqual(["createIndex", `addDirectory ${scratch.root}/ **/*.html`, "close", "close"]);
    expect(errors).toEqual([]);
    expect(lines).toEqual([]);
    await after("fs", "watch");
    expect(service.calls.filter((call) => call === "createIndex")).toHaveLength(2);
  });

  it("leaves the server's Pagefind alone when a rebuild starts and nothing is being indexed", async () => {
    const { service, after, idle, beforeWatch } = setup();
    await after("fs", "watch");
    await idle();
    const calls = [...service.calls];
    await beforeWatch();
    expect(service.calls).toEqual(calls);
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
    const { service, lines, after, idle } = setup();
    await after("json", "serve");
    await after("ndjson", "watch");
    await idle();
    expect(service.calls).toEqual([]);
    expect(lines).toEqual([]);
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
