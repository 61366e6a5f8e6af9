import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** Where a file is written before it is renamed into place: beside it, named for this process. */
function partialName(file: string): string {
  return `${file}.${process.pid}.partial`;
}

/**
 * Writes `file` (and its folder) under a temporary name and renames it into
 * place, so a process that stops halfway, or one reading beside it, never sees
 * a half-written file: what every cache in `.cache/` is written with.
 * @example await writeFileWhole(".cache/search-words/ab12.json", JSON.stringify(answers))
 */
export async function writeFileWhole(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(partialName(file), data);
  await rename(partialName(file), file);
}

/** writeFileWhole, for callers that cannot wait (a getter computed on first use). */
export function writeFileWholeSync(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(partialName(file), data);
  renameSync(partialName(file), file);
}
