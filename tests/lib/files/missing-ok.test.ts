import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entriesIfPresent, statIfPresent } from "../../../lib/files/missing-ok.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("missing-ok");

describe("statIfPresent", () => {
  it("gives the stats of what is there and undefined for what is not", async () => {
    await writeFile(path.join(scratch.root, "a.txt"), "x");
    expect((await statIfPresent(path.join(scratch.root, "a.txt")))?.isFile()).toBe(true);
    expect(await statIfPresent(path.join(scratch.root, "mangler"))).toBeUndefined();
  });

  it("throws what is not a missing path", async () => {
    await writeFile(path.join(scratch.root, "fil"), "x");
    await expect(statIfPresent(path.join(scratch.root, "fil", "under"))).rejects.toMatchObject({ code: "ENOTDIR" });
  });
});

describe("entriesIfPresent", () => {
  it("lists a folder, below it with recursive, and nothing for a missing folder", async () => {
    await mkdir(path.join(scratch.root, "d", "e"), { recursive: true });
    await writeFile(path.join(scratch.root, "d", "e", "f.md"), "x");
    expect((await entriesIfPresent(path.join(scratch.root, "d"))).map((entry) => entry.name)).toEqual(["e"]);
    expect((await entriesIfPresent(path.join(scratch.root, "d"), { recursive: true })).map((entry) => entry.name).sort()).toEqual(["e", "f.md"]);
    expect(await entriesIfPresent(path.join(scratch.root, "mangler"))).toEqual([]);
  });
});
