import { readFile, stat } from "node:fs/promises";
import { entriesIfPresent } from "../files/missing-ok.ts";
import path from "node:path";
import { imageProblems } from "./post-images.ts";
import { postPath } from "./post-url.ts";
import { type Problem, repositoryPath, throwIfProblems } from "../validation/problems.ts";
import { slugifyDanish } from "../text/slug.ts";
import { type ValidPost, validatePost } from "./validate-post.ts";
import { positionOf } from "../validation/yaml-source.ts";

/** A validated post with where it lives and where it will be published. */
export interface LoadedPost extends ValidPost {
  /** Repository-relative path, forward slashes: what errors name. */
  file: string;
  /** Absolute path, to match Eleventy's templates. */
  absolutePath: string;
  /** Site-relative URL path, e.g. `/2018/aarets-sidste-netvaerksmoede/`. */
  urlPath: string;
}

/** Every Markdown file below `dir`, sorted; none when the folder does not exist. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  return (await entriesIfPresent(dir, { recursive: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Problems that only show across posts: two posts that would be published at one address. */
function addressProblems(posts: readonly LoadedPost[]): Problem[] {
  const byPath = new Map<string, LoadedPost[]>();
  for (const post of posts) byPath.set(post.urlPath, [...(byPath.get(post.urlPath) ?? []), post]);
  return [...byPath.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((post) => ({
        file: post.file,
        field: "title",
        message: `giver samme adresse (${post.urlPath}) som ${group
          .filter((other) => other !== post)
          .map((other) => other.file)
          .join(", ")}.`,
        hint: "Giv indlæggene forskellige titler i samme år.",
        ...positionOf(post.locate, ["title"]),
      })),
  );
}

/** One file's post, or its problems; what a PostCache keeps. */
interface PostResult {
  post?: LoadedPost;
  problems: Problem[];
}

/**
 * What a long-running process (the dev server) keeps between builds: each post
 * file's text, what reading it gave, and its stamp (see fileStamp), so a rebuild
 * after one edit reads and validates one file rather than every post. Owned by
 * the caller; one per site.
 */
export type PostCache = Map<string, { text: string; result: PostResult; stamp: string }>;

/**
 * When a file last changed, and its size: the same stamp, the same text. The
 * change time is the kernel's own (no program sets it back, as `touch -d` or a
 * copy that keeps times can with the modification time), in nanoseconds.
 */
async function fileStamp(file: string): Promise<string> {
  const { ctimeNs, mtimeNs, size } = await stat(file, { bigint: true });
  return `${ctimeNs}:${mtimeNs}:${size}`;
}

/** Reads one post's text: validated, with its address. */
function loadPost(root: string, absolutePath: string, text: string): PostResult {
  const file = repositoryPath(root, absolutePath);
  const result = validatePost(file, text);
  if (result.post === undefined) return { problems: result.problems };
  if (slugifyDanish(result.post.data.title) === "") {
    return {
      problems: [
        {
          file,
          field: "title",
          ...positionOf(result.post.locate, ["title"]),
          message: "indeholder ingen bogstaver eller tal, som indlæggets adresse kan dannes af.",
          hint: "Skriv en titel med ord.",
        },
      ],
    };
  }
  return { post: { ...result.post, file, absolutePath: path.resolve(absolutePath), urlPath: postPath(result.post.data) }, problems: [] };
}

/**
 * Reads and validates every post under `postsDir` (recursively), and checks that
 * the images they show exist. Throws a ContentError listing every problem in
 * every file; `root` is the repository root the reported paths are relative to.
 * With a `cache`, a file whose text is unchanged since the last call is not
 * validated again, and one whose stamp is unchanged is not even read: reading
 * every file took a quarter of a second of each dev server rebuild at 4,000 posts.
 */
export async function loadPosts(root: string, postsDir: string, cache?: PostCache): Promise<LoadedPost[]> {
  const files = await listMarkdownFiles(postsDir);
  const problems: Problem[] = [];
  const posts: LoadedPost[] = [];
  await Promise.all(
    files.map(async (absolutePath) => {
      const cached = cache?.get(absolutePath);
      // A file the cache has not read (every file of a production build) is read without a stamp.
      const stamp = cached === undefined ? "" : await fileStamp(absolutePath);
      const text = cached !== undefined && cached.stamp === stamp ? cached.text : await readFile(absolutePath, "utf8");
      const result = cached?.text === text ? cached.result : loadPost(root, absolutePath, text);
      cache?.set(absolutePath, { text, result, stamp });
      problems.push(...result.problems);
      if (result.post !== undefined) posts.push(result.post);
    }),
  );
  if (cache !== undefined) {
    const present = new Set(files);
    for (const absolutePath of cache.keys()) if (!present.has(absolutePath)) cache.delete(absolutePath);
  }
  problems.push(...addressProblems(posts));
  // Images are read as the optimiser reads them: relative to the post, or from the input folder.
  problems.push(...(await imageProblems(path.dirname(postsDir), posts)));
  problems.sort((a, b) => a.file.localeCompare(b.file));
  throwIfProblems(problems);
  return posts.sort((a, b) => a.file.localeCompare(b.file));
}
