import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { writeFileWhole } from "../files/write-whole.ts";

/** A bundle and every file it was made from (esbuild's metafile inputs), as paths. */
export interface MadeBundle {
  text: string;
  inputs: readonly string[];
}

/**
 * A bundle kept in `cacheDir` between processes: made again only when one of the
 * files it was made from changed, or `settings` (the bundler's version and
 * options) did. The inputs of the last bundle are listed beside it; their bytes
 * are hashed with the settings, and a bundle stored under that hash is reused.
 * A new import changes the file that imports it, so no input goes unseen.
 * @example await cachedBundle(".cache/cms-admin", "esbuild@0.28.2 …", makeBundle)
 */
export async function cachedBundle(cacheDir: string, settings: string, make: () => Promise<MadeBundle>): Promise<string> {
  const listFile = path.join(cacheDir, "inputs.json");
  const keyOf = async (inputs: readonly string[]): Promise<string> => {
    const hash = createHash("sha256").update(settings);
    for (const input of inputs) hash.update("\0").update(input).update("\0").update(await readFile(input));
    return hash.digest("hex").slice(0, 32);
  };
  try {
    const inputs = JSON.parse(await readFile(listFile, "utf8")) as unknown;
    if (Array.isArray(inputs) && inputs.every((input) => typeof input === "string")) {
      return await readFile(path.join(cacheDir, `${await keyOf(inputs)}.js`), "utf8");
    }
  } catch {
    // No list yet, an input gone, or no bundle for these inputs: made afresh below.
  }
  const made = await make();
  const key = await keyOf(made.inputs);
  // The bundle before its list, each whole: a build that stops halfway never
  // leaves a half-written bundle or list for the next one.
  await writeFileWhole(path.join(cacheDir, `${key}.js`), made.text);
  await writeFileWhole(listFile, JSON.stringify(made.inputs));
  return made.text;
}
