import { randomBytes } from "node:crypto";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { statIfPresent } from "../files/missing-ok.ts";

async function exists(target: string): Promise<boolean> {
  return (await statIfPresent(target)) !== undefined;
}

/** A hidden folder beside `target`, e.g. `.site.building-…` for `_site`: same file system, so renames are atomic. */
function siblingPath(target: string, label: string): string {
  const base = path.basename(target).replace(/^[._]+/, "");
  return path.join(path.dirname(target), `.${base}.${label}`);
}

/** A fresh, unused staging folder beside `target`. */
export function stagingPathFor(target: string): string {
  return siblingPath(target, `building-${process.pid}-${randomBytes(3).toString("hex")}`);
}

/**
 * Puts the finished `staging` folder in place of `target`. The old target is moved
 * aside first and restored if the swap fails, so `target` is always either the old
 * or the new folder whole, never a mix, and files of the old build do not linger.
 */
export async function replaceDirectory(staging: string, target: string): Promise<void> {
  const backup = siblingPath(target, `previous-${process.pid}`);
  const hadTarget = await exists(target);
  if (hadTarget) {
    await rm(backup, { recursive: true, force: true });
    await rename(target, backup);
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadTarget) await rename(backup, target);
    throw error;
  }
  if (hadTarget) await rm(backup, { recursive: true, force: true });
}

/**
 * Runs `write(staging)` into a fresh staging folder and, only if it succeeds, puts
 * the result in place of `target`. On failure the staging folder is removed and
 * `target` is left exactly as it was.
 */
export async function writeDirectoryAtomically(target: string, write: (staging: string) => Promise<void>): Promise<void> {
  const staging = stagingPathFor(target);
  try {
    // Created up front: a writer with nothing to write still yields a (empty) folder.
    await mkdir(staging, { recursive: true });
    await write(staging);
    await replaceDirectory(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
