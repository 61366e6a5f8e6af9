import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeDirectoryAtomically } from "../../../lib/build/replace-directory.ts";

let parent: string;
let target: string;

beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "swap-"));
  target = path.join(parent, "_site");
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

async function writeSite(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

const listing = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

describe("writeDirectoryAtomically", () => {
  it("creates the target when there was none", async () => {
    await writeDirectoryAtomically(target, (staging) => writeSite(staging, { "index.html": "ny" }));
    expect(await readFile(path.join(target, "index.html"), "utf8")).toBe("ny");
  });

  it("gives an empty folder when there was nothing to write", async () => {
    await writeDirectoryAtomically(target, async () => undefined);
    expect(await listing(target)).toEqual([]);
  });

  it("replaces the old output whole, so deleted pages do not linger", async () => {
    await writeSite(target, { "index.html": "gammel", "2018/slettet/index.html": "væk" });
    await writeDirectoryAtomically(target, (staging) => writeSite(staging, { "index.html": "ny" }));
    expect(await listing(target)).toEqual(["index.html"]);
    expect(await readFile(path.join(target, "index.html"), "utf8")).toBe("ny");
  });

  it("leaves the old output exactly as it was when writing fails", async () => {
    await writeSite(target, { "index.html": "gammel", "a/b.html": "b" });
    const failure = writeDirectoryAtomically(target, async (staging) => {
      await writeSite(staging, { "index.html": "halvt" });
      throw new Error("skabelonfejl");
    });
    await expect(failure).rejects.toThrow("skabelonfejl");
    expect(await listing(target)).toEqual(["a", "a/b.html", "index.html"]);
    expect(await readFile(path.join(target, "index.html"), "utf8")).toBe("gammel");
  });

  it("leaves no staging or backup folders behind", async () => {
    await writeSite(target, { "index.html": "gammel" });
    await writeDirectoryAtomically(target, (staging) => writeSite(staging, { "index.html": "ny" }));
    await writeDirectoryAtomically(target, async () => {
      throw new Error("fejl");
    }).catch(() => undefined);
    expect(await readdir(parent)).toEqual(["_site"]);
  });
});
