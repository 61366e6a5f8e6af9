import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileWhole, writeFileWholeSync } from "../../../lib/files/write-whole.ts";

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "write-whole-"));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe("writeFileWhole", () => {
  it("writes the file into a folder it makes, and leaves nothing else behind", async () => {
    const file = path.join(folder, "a", "b", "answers.json");
    await writeFileWhole(file, "{}");
    expect(await readFile(file, "utf8")).toBe("{}");
    expect(await readdir(path.dirname(file))).toEqual(["answers.json"]);
  });

  it("replaces a file already there", async () => {
    const file = path.join(folder, "days.json");
    writeFileWholeSync(file, "[1]");
    writeFileWholeSync(file, "[2]");
    expect(await readFile(file, "utf8")).toBe("[2]");
    expect(await readdir(folder)).toEqual(["days.json"]);
  });
});
