import { type Dirent, type Stats } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

/** A path's stats, or undefined when nothing is there; any other failure is thrown. */
export async function statIfPresent(target: string): Promise<Stats | undefined> {
  try {
    return await stat(target);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * A folder's entries (below it too, with `recursive`), or none when the folder
 * does not exist; any other failure is thrown.
 * @example await entriesIfPresent("content/posts", { recursive: true }) // [] without the folder
 */
export async function entriesIfPresent(dir: string, { recursive = false } = {}): Promise<Dirent[]> {
  try {
    return await readdir(dir, { recursive, withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** A text file's contents, or undefined when there is no such file; any other failure is thrown. */
export async function readFileIfPresent(target: string): Promise<string | undefined> {
  try {
    return await readFile(target, "utf8");
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}
