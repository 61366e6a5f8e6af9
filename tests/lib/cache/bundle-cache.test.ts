import { readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cachedBundle } from "../../../lib/cache/bundle-cache.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("bundle-cache");

/** A bundler that joins its inputs' text, counting how often it runs. */
function joiningBundler(inputs: string[]) {
  let runs = 0;
  const make = async () => {
    runs++;
    const texts = await Promise.all(inputs.map((input) => readFile(input, "utf8")));
    return { text: texts.join("+"), inputs };
  };
  return { make, runs: () => runs };
}

/** Two input files, "a1" and "b1", a cache folder and a bundler over both. */
async function twoInputs() {
  await scratch.write("src/a.ts", "a1");
  await scratch.write("src/b.ts", "b1");
  const inputs = ["a.ts", "b.ts"].map((name) => path.join(scratch.root, "src", name));
  return { cache: path.join(scratch.root, "cache"), bundler: joiningBundler(inputs) };
}

describe("cachedBundle", () => {
  it("makes the bundle once and reuses it while its inputs and settings are unchanged", async () => {
    const { cache, bundler } = await twoInputs();
    expect(await cachedBundle(cache, "v1", bundler.make)).toBe("a1+b1");
    expect(await cachedBundle(cache, "v1", bundler.make)).toBe("a1+b1");
    expect(bundler.runs()).toBe(1);
    // Nothing half-written is left behind.
    expect((await readdir(cache)).filter((name) => name.includes("partial"))).toEqual([]);
  });

  it("makes it again when an input's bytes change, and when the settings change", async () => {
    const { cache, bundler } = await twoInputs();
    await cachedBundle(cache, "v1", bundler.make);
    await scratch.write("src/b.ts", "b2");
    expect(await cachedBundle(cache, "v1", bundler.make)).toBe("a1+b2");
    expect(await cachedBundle(cache, "v2", bundler.make)).toBe("a1+b2");
    expect(bundler.runs()).toBe(3);
  });

  it("makes it again when an input it was made from is gone", async () => {
    await scratch.write("src/a.ts", "a1");
    const cache = path.join(scratch.root, "cache");
    const first = joiningBundler([path.join(scratch.root, "src", "a.ts"), path.join(scratch.root, "src", "gone.ts")]);
    await scratch.write("src/gone.ts", "g");
    await cachedBundle(cache, "v1", first.make);
    await rm(path.join(scratch.root, "src", "gone.ts"));
    const second = joiningBundler([path.join(scratch.root, "src", "a.ts")]);
    expect(await cachedBundle(cache, "v1", second.make)).toBe("a1");
    expect(second.runs()).toBe(1);
  });
});
