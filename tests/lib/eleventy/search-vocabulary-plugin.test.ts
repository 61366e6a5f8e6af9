import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PREVIEW_IDLE_MS } from "../../../lib/eleventy/preview-idle.ts";
import { searchVocabularyPlugin } from "../../../lib/eleventy/search-vocabulary-plugin.ts";
import type { SearchBundle } from "../../../lib/search/search-bundle.ts";
import type { EleventyAfterArgs } from "../../../lib/eleventy/types.ts";
import { SiteState } from "../../../lib/site/site-state.ts";
import { fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { loadedSite } from "../../helpers/loaded-post.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("search-vocabulary");

afterEach(() => {
  vi.useRealTimers();
});

describe("searchVocabularyPlugin under the dev server", () => {
  it("keeps the first bundle's folder and brings its vocabulary up to date once the server has been idle", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const registered = fakeEleventyConfig();
    const state = new SiteState();
    state.load(loadedSite({ synonyms: [["SMV", "små og mellemstore virksomheder"]] }));
    searchVocabularyPlugin(registered.config, { state });
    const directories = { input: "content/", output: `${path.join(scratch.root, "_preview")}/`, data: "data/", includes: "layouts/" };
    const args = { directories, runMode: "serve", outputMode: "fs", incremental: true, results: [] } as EleventyAfterArgs;
    const bundle = async () => (registered.globalData.get("searchBundle") as () => Promise<SearchBundle>)();

    for (const listener of registered.before) await listener(args);
    const first = await bundle();
    for (const listener of registered.after) await listener(args);

    // An edit: the synonyms now have one more group.
    state.load(loadedSite({ synonyms: [["SMV", "små og mellemstore virksomheder"], ["CSR", "samfundsansvar"]] }));
    for (const listener of registered.before) await listener(args);
    expect((await bundle()).folder).toBe(first.folder);
    for (const listener of registered.after) await listener(args);

    const file = path.join(scratch.root, "_preview", first.folder, "vocabulary.json");
    vi.advanceTimersByTime(PREVIEW_IDLE_MS - 1);
    await vi.waitFor(() => undefined);
    expect(existsSync(file)).toBe(false);
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    await vi.waitFor(() => expect(existsSync(file)).toBe(true));
    expect(JSON.parse(await readFile(file, "utf8")).synonyms).toEqual([
      ["smv", "små og mellemstore virksomheder"],
      ["csr", "samfundsansvar"],
    ]);
  });

  it("reports an unexpected failure of the refresh whole, once, under a Danish heading", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const registered = fakeEleventyConfig();
    const state = new SiteState();
    state.load(loadedSite());
    const errors: string[] = [];
    searchVocabularyPlugin(registered.config, { state, logError: (report) => errors.push(report) });
    const directories = { input: "content/", output: `${path.join(scratch.root, "_preview")}/`, data: "data/", includes: "layouts/" };
    const args = { directories, runMode: "serve", outputMode: "fs", incremental: true, results: [] } as EleventyAfterArgs;
    for (const listener of registered.before) await listener(args);
    await (registered.globalData.get("searchBundle") as () => Promise<SearchBundle>)();

    vi.spyOn(state, "searchVocabulary").mockRejectedValue(new TypeError("uventet"));
    for (const listener of registered.after) await listener(args);
    vi.advanceTimersByTime(PREVIEW_IDLE_MS);
    vi.useRealTimers();
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatch(/^Søgeordene til forhåndsvisningens søgning kunne ikke opdateres på grund af en uventet fejl\./);
    expect(errors[0]).toContain("TypeError: uventet\n    at ");
  });

  it("gives a production build the bundle of its own vocabulary", async () => {
    const registered = fakeEleventyConfig();
    const state = new SiteState();
    state.load(loadedSite({ synonyms: [["SMV", "små og mellemstore virksomheder"]] }));
    searchVocabularyPlugin(registered.config, { state });
    const args = { directories: { input: "content/", output: "_site/", data: "data/", includes: "layouts/" }, runMode: "build", outputMode: "fs", incremental: false, results: [] } as EleventyAfterArgs;
    const bundle = async () => (registered.globalData.get("searchBundle") as () => Promise<SearchBundle>)();
    for (const listener of registered.before) await listener(args);
    const first = await bundle();
    state.load(loadedSite({ synonyms: [["CSR", "samfundsansvar"]] }));
    expect((await bundle()).folder).not.toBe(first.folder);
  });
});
