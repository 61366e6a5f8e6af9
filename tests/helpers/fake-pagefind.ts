import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PagefindIndexHandle, PagefindService } from "../../lib/search/index-site.ts";

/** What a fake Pagefind service answers, step by step; every step succeeds unless told otherwise. */
export interface FakePagefindScript {
  createErrors?: string[];
  /** No index at all, without errors (Pagefind's API allows it). */
  noIndex?: boolean;
  addErrors?: string[];
  writeErrors?: string[];
  /** Pages the written bundle's pagefind-entry.json lists, by language. */
  pagesByLanguage?: Record<string, number>;
  /** HTML files addDirectory says it read. */
  filesRead?: number;
  /** Throw from addDirectory, as a crashed service would. */
  addThrows?: Error;
  /** Never answer addDirectory, as the pagefind package does when its binary dies. */
  addHangs?: boolean;
  /** Answer addDirectory only once the test calls `release()`. */
  addWaitsForRelease?: boolean;
}

export interface FakePagefind extends PagefindService {
  /** Every call, in order, e.g. "createIndex", "addDirectory /x/_site **\/*.html", "close". */
  calls: string[];
  /** Lets a waiting addDirectory answer (with `addWaitsForRelease`). */
  release?: () => void;
}

/**
 * A stand-in for the `pagefind` package: records calls and answers as scripted;
 * writeFiles writes only the entry file, so the page count can be read back.
 */
export function fakePagefind(script: FakePagefindScript = {}): FakePagefind {
  const calls: string[] = [];
  let release: (() => void) | undefined;
  let closed: ((error: Error) => void) | undefined;
  // As the real service does when closed: every call still waiting fails.
  const released = new Promise<void>((resolve, reject) => {
    release = resolve;
    closed = reject;
  });
  released.catch(() => undefined);
  const index: PagefindIndexHandle = {
    async addDirectory({ path: folder, glob }) {
      calls.push(`addDirectory ${folder} ${glob ?? ""}`.trim());
      if (script.addThrows) throw script.addThrows;
      if (script.addHangs) return new Promise<never>(() => undefined);
      if (script.addWaitsForRelease) await released;
      return { errors: script.addErrors ?? [], page_count: script.filesRead ?? 3 };
    },
    async writeFiles(options) {
      const outputPath = options?.outputPath ?? "pagefind";
      calls.push(`writeFiles ${outputPath}`);
      if (script.writeErrors?.length) return { errors: script.writeErrors, outputPath };
      const languages = Object.fromEntries(
        Object.entries(script.pagesByLanguage ?? { da: 1 }).map(([language, count]) => [language, { page_count: count }]),
      );
      await mkdir(outputPath, { recursive: true });
      await writeFile(path.join(outputPath, "pagefind-entry.json"), JSON.stringify({ version: "fake", languages }));
      return { errors: [], outputPath };
    },
  };
  return {
    calls,
    ...(script.addWaitsForRelease ? { release } : {}),
    async createIndex() {
      calls.push("createIndex");
      return { errors: script.createErrors ?? [], index: script.noIndex || script.createErrors?.length ? undefined : index };
    },
    async close() {
      calls.push("close");
      closed?.(new Error("Pagefind backend closed"));
      return null;
    },
  };
}
