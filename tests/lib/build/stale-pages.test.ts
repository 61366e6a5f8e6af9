import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { removeStalePages, stalePageUrls } from "../../../lib/build/stale-pages.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("stale-pages");

describe("stalePageUrls", () => {
  it("lists the URLs the previous build had and the current one has not, sorted", () => {
    expect(stalePageUrls(["/b/", "/a/", "/feed.xml", "/c/"], ["/c/", "/feed.xml", "/d/"])).toEqual(["/a/", "/b/"]);
    expect(stalePageUrls([], ["/a/"])).toEqual([]);
  });
});

describe("removeStalePages", () => {
  it("removes a post's folder with the images beside it, a file page, and nothing of the pages that stay", async () => {
    await scratch.write("out/2019/gammel/index.html", "<p>gammel</p>");
    await scratch.write("out/2019/gammel/billede-480.webp", "webp");
    await scratch.write("out/2019/ny/index.html", "<p>ny</p>");
    await scratch.write("out/gammel.xml", "<feed/>");
    const out = path.join(scratch.root, "out");
    await removeStalePages(out, ["/2019/gammel/", "/gammel.xml"], ["/2019/ny/"]);
    expect(existsSync(path.join(out, "2019/gammel"))).toBe(false);
    expect(existsSync(path.join(out, "gammel.xml"))).toBe(false);
    expect(existsSync(path.join(out, "2019/ny/index.html"))).toBe(true);
  });

  it("keeps a stale page's folder when a current page lives below it", async () => {
    await scratch.write("out/emner/index.html", "<p>emner</p>");
    await scratch.write("out/emner/klima/index.html", "<p>klima</p>");
    const out = path.join(scratch.root, "out");
    await removeStalePages(out, ["/emner/"], ["/emner/klima/"]);
    expect(existsSync(path.join(out, "emner/index.html"))).toBe(false);
    expect(existsSync(path.join(out, "emner/klima/index.html"))).toBe(true);
  });

  it("never touches anything outside the output folder, nor the folder itself", async () => {
    await scratch.write("outside/index.html", "<p>udenfor</p>");
    await scratch.write("out/index.html", "<p>forside</p>");
    const out = path.join(scratch.root, "out");
    await removeStalePages(out, ["/../outside/", "/"], []);
    expect(existsSync(path.join(scratch.root, "outside/index.html"))).toBe(true);
    expect(existsSync(path.join(out, "index.html"))).toBe(true);
  });
});
