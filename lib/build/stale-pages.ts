import { rm } from "node:fs/promises";
import path from "node:path";

/**
 * The URLs a previous build wrote that the current one no longer has (a deleted
 * post, or the old address of a renamed one), sorted.
 * @example stalePageUrls(["/a/", "/b/"], ["/a/"]) // ["/b/"]
 */
export function stalePageUrls(previous: Iterable<string>, current: Iterable<string>): string[] {
  const now = new Set(current);
  return [...new Set(previous)].filter((url) => !now.has(url)).sort();
}

/**
 * Removes the pages of `urls` from an output folder that a build writes into
 * without clearing it (the dev server's). A page at a folder URL (`/2019/x/`) goes
 * with its folder, and with the images written beside it, unless a current page
 * lives below that folder; a URL outside the output folder is left alone.
 */
export async function removeStalePages(outputDir: string, urls: readonly string[], currentUrls: Iterable<string>): Promise<void> {
  const root = path.resolve(outputDir);
  const current = [...currentUrls];
  for (const url of urls) {
    const target = path.resolve(root, `.${url}`);
    if (target === root || !target.startsWith(`${root}${path.sep}`)) continue;
    if (!url.endsWith("/")) {
      await rm(target, { force: true });
    } else if (current.some((other) => other.startsWith(url))) {
      await rm(path.join(target, "index.html"), { force: true });
    } else {
      await rm(target, { recursive: true, force: true });
    }
  }
}
