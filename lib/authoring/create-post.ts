import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { isCalendarDate } from "../dates/calendar-date.ts";
import { readSourceFile } from "../content/front-matter.ts";
import { listMarkdownFiles } from "../content/load-posts.ts";
import { postPath } from "../content/post-url.ts";
import { ContentError, type Problem, repositoryPath, throwIfProblems } from "../validation/problems.ts";
import { validatePost } from "../content/validate-post.ts";
import { slugifyDanish } from "../text/slug.ts";
import { type NewPost, postLocation, renderPostFile } from "./new-post.ts";

/**
 * The addresses existing posts are published at, by address. Read leniently: a
 * post with a mistake elsewhere still claims its address.
 */
export async function existingAddresses(root: string, postsDir: string): Promise<Map<string, string>> {
  const addresses = new Map<string, string>();
  for (const absolutePath of await listMarkdownFiles(postsDir)) {
    const file = repositoryPath(root, absolutePath);
    const { source } = readSourceFile(file, await readFile(absolutePath, "utf8"));
    const { title, date } = source?.data ?? {};
    if (typeof title !== "string" || typeof date !== "string" || !isCalendarDate(date)) continue;
    if (slugifyDanish(title) === "") continue;
    addresses.set(postPath({ title, date }), file);
  }
  return addresses;
}

/**
 * The problem, if any, with where a post with this title and date would go: no
 * letters to make an address of, or an address another post has.
 */
export function addressProblem(
  post: Pick<NewPost, "title" | "date">,
  addresses: ReadonlyMap<string, string>,
  postsFolder = "content/posts",
): Problem | undefined {
  const { file, urlPath } = postLocation(post, postsFolder);
  if (slugifyDanish(post.title) === "") {
    return { file, field: "title", message: "indeholder ingen bogstaver eller tal, som indlæggets adresse kan dannes af.", hint: "Skriv en titel med ord." };
  }
  const other = addresses.get(urlPath);
  if (other === undefined) return undefined;
  return {
    file,
    field: "title",
    message: `giver samme adresse (${urlPath}) som ${other}.`,
    hint: "Vælg en anden titel, eller ret det eksisterende indlæg.",
  };
}

export interface CreatePostOptions {
  /** The repository root: paths are written and reported relative to it. */
  root: string;
  /** The posts folder; `<root>/content/posts` unless given. */
  postsDir?: string;
}

/** Where a new post would go, and every problem with it: its values by the post schema, its address. */
export async function checkNewPost(
  post: NewPost,
  options: CreatePostOptions,
): Promise<{ file: string; text: string; problems: Problem[] }> {
  const root = path.resolve(options.root);
  const postsDir = options.postsDir ?? path.join(root, "content/posts");
  const postsFolder = repositoryPath(root, postsDir);
  const { file } = postLocation(post, postsFolder);
  const text = renderPostFile(post);
  // The file is not written yet: lines in it would point nowhere.
  const problems = validatePost(file, text).problems.map(({ line, column, excerpt, ...problem }) => problem);
  const taken = addressProblem(post, await existingAddresses(root, postsDir), postsFolder);
  if (taken !== undefined && !problems.some((problem) => problem.field === "title")) problems.push(taken);
  return { file, text, problems };
}

/**
 * Writes a new post and returns its repository-relative path. Nothing is written
 * unless the file reads back as a valid post at a free address, and an existing
 * file is never overwritten. Throws a ContentError with every problem in Danish.
 */
export async function createPost(post: NewPost, options: CreatePostOptions): Promise<string> {
  const { file, text, problems } = await checkNewPost(post, options);
  throwIfProblems(problems);
  const target = path.join(path.resolve(options.root), file);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    // "wx": fail rather than overwrite, even if the file appeared since the check.
    await writeFile(target, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new ContentError(
      [{ file, message: "Filen findes allerede, og den bliver ikke overskrevet.", hint: "Vælg en anden titel eller dato, eller ret den eksisterende fil." }],
      { cause: error },
    );
  }
  return file;
}
