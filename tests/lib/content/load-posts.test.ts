import { rm, stat, utimes } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type PostCache, loadPosts } from "../../../lib/content/load-posts.ts";
import { ContentError } from "../../../lib/validation/problems.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("posts");
const postsDir = () => path.join(scratch.root, "content/posts");
const write = (relative: string, text: string) => scratch.write(path.join("content/posts", relative), text);

const post = (title: string, date: string) => `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n---\nTekst\n`;

async function errorOf(promise: Promise<unknown>): Promise<ContentError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ContentError);
  return error as ContentError;
}

describe("loadPosts", () => {
  it("reads posts in every year folder, with their URL and repository-relative path", async () => {
    await write("2019/b.md", post("Ærlig snak på Østerbro", "2019-02-01"));
    await write("2018/a.md", post("Første møde", "2018-10-05"));
    await write("2018/noter.txt", "ikke et indlæg");
    const posts = await loadPosts(scratch.root, postsDir());
    expect(posts.map((p) => [p.file, p.urlPath])).toEqual([
      ["content/posts/2018/a.md", "/2018/foerste-moede/"],
      ["content/posts/2019/b.md", "/2019/aerlig-snak-paa-oesterbro/"],
    ]);
    expect(path.isAbsolute(posts[0]?.absolutePath ?? "")).toBe(true);
  });

  it("returns no posts when the folder does not exist", async () => {
    expect(await loadPosts(scratch.root, postsDir())).toEqual([]);
  });

  it("reports the problems of every file in one error", async () => {
    await write("2019/a.md", "");
    await write("2019/b.md", post("Godt", "2019-02-30"));
    await write("2019/c.md", post("Fint", "2019-03-01"));
    const error = await errorOf(loadPosts(scratch.root, postsDir()));
    expect(error.problems.map((problem) => problem.file)).toEqual(["content/posts/2019/a.md", "content/posts/2019/b.md"]);
  });

  it("refuses two posts that would share an address", async () => {
    await write("2019/a.md", post("Morgenmøde", "2019-03-01"));
    await write("2019/b.md", post("Morgenmøde!", "2019-06-01"));
    const error = await errorOf(loadPosts(scratch.root, postsDir()));
    expect(error.problems).toHaveLength(2);
    expect(error.problems[0]).toMatchObject({ file: "content/posts/2019/a.md", field: "title" });
    expect(error.problems[0]?.message).toContain("/2019/morgenmoede/");
    expect(error.problems[0]?.message).toContain("content/posts/2019/b.md");
  });

  it("refuses a title that gives no address", async () => {
    await write("2019/a.md", post("???", "2019-03-01"));
    const error = await errorOf(loadPosts(scratch.root, postsDir()));
    expect(error.problems[0]).toMatchObject({ field: "title" });
  });

  describe("with a cache kept between builds", () => {
    it("validates only the files whose text changed, and forgets deleted ones", async () => {
      await write("2019/a.md", post("Første", "2019-01-01"));
      await write("2019/b.md", post("Anden", "2019-02-01"));
      await write("2019/c.md", post("Tredje", "2019-03-01"));
      const cache: PostCache = new Map();
      const [a1, b1] = await loadPosts(scratch.root, postsDir(), cache);
      await write("2019/b.md", post("Anden, rettet", "2019-02-01"));
      await rm(path.join(postsDir(), "2019/c.md"));
      const [a2, b2, ...rest] = await loadPosts(scratch.root, postsDir(), cache);
      // Unchanged: the very object from the first build, not validated again.
      expect(a2).toBe(a1);
      expect(b2).not.toBe(b1);
      expect(b2?.urlPath).toBe("/2019/anden-rettet/");
      expect(rest).toEqual([]);
      expect([...cache.keys()].map((file) => path.basename(file)).sort()).toEqual(["a.md", "b.md"]);
    });

    it("reads a file again when its text changes, even at the same size and modification time", async () => {
      await write("2019/a.md", post("Første møde", "2019-01-01"));
      const cache: PostCache = new Map();
      const [first] = await loadPosts(scratch.root, postsDir(), cache);
      const file = path.join(postsDir(), "2019/a.md");
      const { mtime } = await stat(file);
      await write("2019/a.md", post("Første mødx", "2019-01-01"));
      await utimes(file, mtime, mtime);
      const [second] = await loadPosts(scratch.root, postsDir(), cache);
      expect(second?.data.title).toBe("Første mødx");
      // Untouched, it is the same read.
      expect((await loadPosts(scratch.root, postsDir(), cache))[0]).toBe(second);
      expect(first?.data.title).toBe("Første møde");
    });

    it("still reports a broken file on every build, and cross-file problems from cached posts", async () => {
      await write("2019/a.md", post("Samme titel", "2019-01-01"));
      await write("2019/b.md", "---\ntitle: Uden dato\n---\n");
      const cache: PostCache = new Map();
      await expect(loadPosts(scratch.root, postsDir(), cache)).rejects.toThrow('felt "date" mangler');
      await expect(loadPosts(scratch.root, postsDir(), cache)).rejects.toThrow('felt "date" mangler');
      await write("2019/b.md", post("Samme titel", "2019-05-01"));
      await expect(loadPosts(scratch.root, postsDir(), cache)).rejects.toThrow("giver samme adresse (/2019/samme-titel/)");
    });
  });
});
