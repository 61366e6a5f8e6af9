import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findOnPath, parseMaxRss, timeCommand } from "../../../lib/bench/measure.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("bench-measure");

describe("parseMaxRss", () => {
  it("reads GNU time's %M, also after its note on a failed command", () => {
    expect(parseMaxRss("52340\n")).toBe(52340);
    expect(parseMaxRss("Command exited with non-zero status 1\n8812\n")).toBe(8812);
    expect(parseMaxRss("")).toBeUndefined();
    expect(parseMaxRss("Command terminated by signal 9\n")).toBeUndefined();
  });
});

describe("findOnPath", () => {
  it("finds an executable in the PATH's folders, in order, and nothing that is not there", async () => {
    const [first, second] = [path.join(scratch.root, "a"), path.join(scratch.root, "b")];
    await mkdir(first);
    await scratch.write("b/tool", "");
    expect(findOnPath("tool", [first, second].join(path.delimiter))).toBe(path.join(second, "tool"));
    expect(findOnPath("missing-tool", [first, second].join(path.delimiter))).toBeUndefined();
  });
});

describe("timeCommand", () => {
  it("measures a command's peak memory, larger for a process that holds more", async () => {
    const script = path.join(scratch.root, "hold.cjs");
    await writeFile(script, "const big = Buffer.alloc(Number(process.argv[2]) * 1024 * 1024, 1); console.log(big.length);");
    const small = await timeCommand({ command: process.execPath, args: [script, "1"], cwd: scratch.root });
    const large = await timeCommand({ command: process.execPath, args: [script, "200"], cwd: scratch.root });
    expect(small.peakRssKb).toBeGreaterThan(0);
    expect((large.peakRssKb ?? 0) - (small.peakRssKb ?? 0)).toBeGreaterThan(150 * 1024);
    expect(small.seconds).toBeGreaterThan(0);
  });

  it("throws with the command's output when it fails", async () => {
    await expect(
      timeCommand({ command: process.execPath, args: ["-e", "console.error('kaput'); process.exit(3)"], cwd: scratch.root }),
    ).rejects.toThrow(/exited with 3[\s\S]*kaput/);
  });
});
