import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";

export interface ScratchDir {
  /** The folder of the running test; a new one for every test. */
  root: string;
  /** Writes a file below the folder, creating its parent folders. */
  write(relative: string, text: string): Promise<void>;
}

/** Registers hooks giving each test of the calling file (or describe block) a fresh temporary folder. */
export function useScratchDir(prefix: string): ScratchDir {
  const scratch: ScratchDir = {
    root: "",
    async write(relative, text) {
      const target = path.join(scratch.root, relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    },
  };
  beforeEach(async () => {
    scratch.root = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  });
  afterEach(async () => {
    await rm(scratch.root, { recursive: true, force: true });
  });
  return scratch;
}

/** The shipped `data/site.json`, for tests that need valid settings. */
export function shippedSiteSettings(): Promise<string> {
  return readFile(path.resolve(import.meta.dirname, "../../data/site.json"), "utf8");
}
