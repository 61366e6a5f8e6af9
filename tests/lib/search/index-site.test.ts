import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SearchIndexError, describeIndexing, indexSite } from "../../../lib/search/index-site.ts";
import { fakePagefind } from "../../helpers/fake-pagefind.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("index-site");
/** A clock that advances 250 ms each time it is read. */
const ticking = () => {
  let now = 1000;
  return () => (now += 250);
};

describe("indexSite", () => {
  it("indexes the output's HTML files and writes the bundle into <output>/pagefind", async () => {
    const service = fakePagefind({ pagesByLanguage: { da: 2, en: 1 }, filesRead: 7 });
    const output = `${scratch.root}/`;
    const result = await indexSite(service, output, ticking());
    const bundle = path.join(scratch.root, "pagefind");
    expect(service.calls).toEqual(["createIndex", `addDirectory ${output} **/*.html`, `writeFiles ${bundle}`, "close"]);
    // The entry file's pages (2 + 1), not the 7 files read.
    expect(result).toEqual({ pageCount: 3, bundleDir: bundle, durationMs: 250 });
  });

  it("throws every error createIndex reports, and closes the service", async () => {
    const service = fakePagefind({ createErrors: ["bad config", "worse config"] });
    const failure = indexSite(service, scratch.root, ticking());
    await expect(failure).rejects.toThrow(SearchIndexError);
    await expect(failure).rejects.toThrow(/"createIndex".*\n {2}bad config\n {2}worse config/);
    expect(service.calls).toEqual(["createIndex", "close"]);
  });

  it("throws when Pagefind gives no index, even without an error", async () => {
    const service = fakePagefind({ noIndex: true });
    await expect(indexSite(service, scratch.root, ticking())).rejects.toThrow("Pagefind gav intet indeks.");
    expect(service.calls.at(-1)).toBe("close");
  });

  it("throws addDirectory's errors before writing anything, and closes the service", async () => {
    const service = fakePagefind({ addErrors: ["Failed to parse index.html"] });
    const failure = indexSite(service, scratch.root, ticking());
    await expect(failure).rejects.toMatchObject({ step: "addDirectory", errors: ["Failed to parse index.html"] });
    expect(service.calls.map((call) => call.split(" ")[0])).toEqual(["createIndex", "addDirectory", "close"]);
  });

  it("throws writeFiles' errors, and closes the service", async () => {
    const service = fakePagefind({ writeErrors: ["disk full"] });
    await expect(indexSite(service, scratch.root, ticking())).rejects.toMatchObject({ step: "writeFiles", errors: ["disk full"] });
    expect(service.calls.at(-1)).toBe("close");
  });

  it("closes the service when a call throws", async () => {
    const service = fakePagefind({ addThrows: new Error("service crashed") });
    await expect(indexSite(service, scratch.root, ticking())).rejects.toThrow("service crashed");
    expect(service.calls.at(-1)).toBe("close");
  });

  it("fails instead of leaving the process to die when the service stops answering", async () => {
    const listeners = process.listenerCount("beforeExit");
    const service = fakePagefind({ addHangs: true });
    const failure = indexSite(service, scratch.root, ticking());
    // Node emits beforeExit when nothing is left to wait for but the service's silence.
    await new Promise((resolve) => setImmediate(resolve));
    process.emit("beforeExit", 0);
    await expect(failure).rejects.toMatchObject({ step: "service" });
    expect(service.calls.at(-1)).toBe("close");
    expect(process.listenerCount("beforeExit")).toBe(listeners);
  });

  it("stops listening for the process's end once indexing is over", async () => {
    const listeners = process.listenerCount("beforeExit");
    await indexSite(fakePagefind(), scratch.root, ticking());
    await expect(indexSite(fakePagefind({ addErrors: ["x"] }), scratch.root, ticking())).rejects.toThrow(SearchIndexError);
    expect(process.listenerCount("beforeExit")).toBe(listeners);
  });

  it("says in Danish, in the error, that nothing was published", async () => {
    const error = new SearchIndexError("writeFiles", ["disk full"]);
    expect(error.message).toBe(
      'Søgeindekset kunne ikke bygges: Pagefind fejlede under "writeFiles".\n  disk full\n' +
        "Siden er ikke udgivet. Ret fejlen ovenfor, eller send hele meddelelsen til den, der passer siden.",
    );
  });
});

describe("describeIndexing", () => {
  it("counts pages and seconds the Danish way", () => {
    expect(describeIndexing({ pageCount: 12, durationMs: 432 })).toBe("Søgeindeks: 12 sider indekseret på 0,43 s");
    expect(describeIndexing({ pageCount: 1, durationMs: 12_345 })).toBe("Søgeindeks: 1 side indekseret på 12,35 s");
    expect(describeIndexing({ pageCount: 0, durationMs: 4 })).toBe("Søgeindeks: 0 sider indekseret på 0,00 s");
  });
});

describe("indexSite with the real Pagefind", () => {
  // The production build indexes its finished staging folder: only pages marked
  // data-pagefind-body count, and Pagefind's own page_count (every file read) is not trusted.
  it("indexes the marked pages of a written site and counts only them", async () => {
    const pagefind = await import("pagefind");
    const page = (title: string, year: number) =>
      `<!doctype html><html lang="da"><head><title>${title}</title></head><body><article data-pagefind-body>` +
      `<h1>${title}</h1><p data-pagefind-filter="år">${year}</p><p>Frivillighed og bæredygtighed i ${title}.</p></article></body></html>`;
    const pages = { "2019/a/index.html": page("Årsmøde", 2019), "2020/b/index.html": page("Temamøde", 2020), "om/index.html": "<html lang=\"da\"><body><p>Ikke med</p></body></html>" };
    for (const [file, html] of Object.entries(pages)) await scratch.write(`site/${file}`, html);
    const found = await indexSite(pagefind, path.join(scratch.root, "site"), ticking());
    expect(found.pageCount).toBe(2);
    expect(await readdir(path.join(found.bundleDir, "fragment"))).toHaveLength(2);
  });
});
