import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CorpusFile } from "./corpus.ts";

/** The project's folders a corpus site copies: the site as shipped, its own posts included. */
const SITE_FOLDERS = ["content", "data", "layouts"] as const;

/** Writes files below `root`, creating their folders. */
export async function writeFiles(root: string, files: readonly CorpusFile[]): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(root, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  for (const file of files) await writeFile(path.join(root, file.path), file.text);
}

/**
 * A complete site root at `root`: the project's content, data and layouts, plus
 * `files` (the generated posts and the other engines' sites). The project's own
 * posts stay: the activity calendar links to them, and a link to a missing post
 * is a content error.
 */
export async function writeCorpusSite(projectRoot: string, root: string, files: readonly CorpusFile[]): Promise<void> {
  for (const folder of SITE_FOLDERS) await cp(path.join(projectRoot, folder), path.join(root, folder), { recursive: true });
  await writeFiles(root, files);
}
