import { createHash } from "node:crypto";

/** Hex digits of the hash kept in a file name: 40 bits, plenty to tell versions of one file apart. */
const HASH_LENGTH = 10;

/**
 * A short hash of a file's bytes, for its published name.
 * @example contentHash("body {}") // "62368a1a29" (ten hex digits of SHA-256)
 */
export function contentHash(contents: string | Uint8Array): string {
  return createHash("sha256").update(contents).digest("hex").slice(0, HASH_LENGTH);
}

/**
 * A file's path with the hash of its contents before the extension, so that a
 * changed file gets a new URL and browsers may cache every URL for good.
 * @example fingerprintedPath("/assets/site.css", "body {}") // "/assets/site.62368a1a29.css"
 */
export function fingerprintedPath(filePath: string, contents: string | Uint8Array): string {
  const slash = filePath.lastIndexOf("/");
  const dot = filePath.lastIndexOf(".");
  const hash = contentHash(contents);
  return dot > slash + 1 ? `${filePath.slice(0, dot)}.${hash}${filePath.slice(dot)}` : `${filePath}.${hash}`;
}
