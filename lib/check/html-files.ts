import { readdir } from "node:fs/promises";
import path from "node:path";

/**
 * Every `.html` file below `outputDir`, as sorted paths relative to it with
 * forward slashes (`2018/moede/index.html`).
 */
export async function listHtmlFiles(outputDir: string): Promise<string[]> {
  const entries = await readdir(outputDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(outputDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
