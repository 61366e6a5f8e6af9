import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findOnPath, parseMaxRss, processKind, timeCommand } from "../../../lib/bench/measure.ts";
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

describe("processKind", () => {
  it("counts both of Pagefind's binaries, cut to Linux's 15 characters, as pagefind", () => {
    expect(processKind("pagefind_extend")).toBe("pagefind");
    expect(processKind("pagefind")).toBe("pagefind");
    expect(processKind("node")).toBe("node");
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

  it("gives each kind of process in the tree its own peak: a child that holds more than its parent", async () => {
    const child = path.join(scratch.root, "child.cjs");
    await writeFile(child, 'process.title = "holder"; const big = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(big.length), 400);');
    const parent = `require("node:child_process").execFileSync(process.execPath, [${JSON.stringify(child)}], { stdio: "inherit" });`;
    const result = await timeCommand({ command: process.execPath, args: ["-e", parent], cwd: scratch.root });
    expect(result.processPeaksKb.holder).toBeGreaterThan(200 * 1024);
    expect(result.processPeaksKb.node).toBeGreaterThan(0);
    expect(result.processPeaksKb.node).toBeLessThan(150 * 1024);
    expect(result.output).toContain(String(200 * 1024 * 1024));
  });

  it("throws with the command's output when it fails", async () => {
    await expect(
      timeCommand({ command: process.execPath, args: ["-e", "console.error('kaput'); process.exit(3)"], cwd: scratch.root }),
    ).rejects.toThrow(/exited with 3[\s\S]*kaput/);
  });
});
