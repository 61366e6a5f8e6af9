import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Decap's built files, as npm installed them. */
export const DECAP_DIST = path.join(path.dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");

/**
 * Decap's files the editor loads: the bundle, the chunks it loads on demand from
 * beside itself, and the licence notice the bundle points to. Not the source maps
 * (50 MB) and not the WebAssembly of its image processing, which is off. The build
 * copies them into /admin/, and the address check keeps every page off their names.
 */
export function decapFiles(dist = DECAP_DIST): string[] {
  return readdirSync(dist)
    .filter((name) => /^(\d+\.)?decap-cms\.js$/.test(name) || name === "decap-cms.js.LICENSE.txt")
    .sort();
}
