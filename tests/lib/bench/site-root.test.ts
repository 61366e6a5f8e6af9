import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { generateCorpus } from "../../../lib/bench/corpus.ts";
import { BENCH_SOURCE_DATE_EPOCH } from "../../../lib/bench/run-bench.ts";
import { writeCorpusSite } from "../../../lib/bench/site-root.ts";
import { buildSite } from "../../../lib/eleventy/build-site.ts";
import { PROJECT_ROOT } from "../../helpers/project-root.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("bench-site");

/** Every file below `root`, as relative path → bytes. */
async function snapshot(root: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
  return new Map(await Promise.all(files.sort().map(async (file) => [file, await readFile(path.join(root, file))] as const)));
}

describe("writeCorpusSite", () => {
  it("writes byte-identical sites for the same seed", async () => {
    const [first, second] = [path.join(scratch.root, "a"), path.join(scratch.root, "b")];
    await writeCorpusSite(PROJECT_ROOT, first, generateCorpus({ count: 30, seed: 9 }));
    await writeCorpusSite(PROJECT_ROOT, second, generateCorpus({ count: 30, seed: 9 }));
    const [a, b] = [await snapshot(first), await snapshot(second)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file) as Buffer), file).toBe(true);
  });

  it("copies the project's site with its own posts, and adds the generated ones", async () => {
    const posts = generateCorpus({ count: 4, seed: 9 });
    await writeCorpusSite(PROJECT_ROOT, scratch.root, posts);
    const files = [...(await snapshot(scratch.root)).keys()];
    expect(files).toContain("data/site.json");
    expect(files).toContain(path.join("layouts", "post.njk"));
    expect(files).toContain(path.join("content", "posts", "posts.11tydata.json"));
    const shipped = path.join("content", "posts", "2018", "2018-10-05-aarets-sidste-netvaerksmoede.md");
    const markdown = files.filter((file) => file.startsWith(path.join("content", "posts")) && file.endsWith(".md"));
    expect(markdown.sort()).toEqual([shipped, ...posts.map((post) => path.normalize(post.path))].sort());
  });

  // Regression: without the shipped posts, the shipped activity calendar linked to a
  // post that was not there, and every production build of a corpus failed.
  it("writes a site the production build accepts", async () => {
    await writeCorpusSite(PROJECT_ROOT, scratch.root, generateCorpus({ count: 3, seed: 9 }));
    const timings = await buildSite({ root: scratch.root, env: { SOURCE_DATE_EPOCH: BENCH_SOURCE_DATE_EPOCH }, now: () => new Date(), quiet: true, warn: () => {} });
    const home = await readFile(path.join(scratch.root, "_site", "index.html"), "utf8");
    expect(parseHTML(home).document.querySelectorAll(".post-list > li")).toHaveLength(4);
    // What the bench reports beside the phases: a card for each of the 4 posts and the
    // site's, drawn or taken from the cache, and the related meetings worked out.
    expect(timings.shareCardsDrawn + timings.shareCardsReused).toBe(5);
    expect(timings.relatedMs).toBeGreaterThan(0);
  });
});
