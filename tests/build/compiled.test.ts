import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-site.ts";

const run = promisify(execFile);

// A copy of the project (its sources, content and packages linked), so the test
// can edit lib/ and see whether scripts/compiled.mjs runs the edit or a stale bundle.
let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "csr-compiled-"));
  for (const entry of ["lib", "scripts", "content", "data", "layouts", ".eleventy.ts", "package.json", "tsconfig.json"]) {
    await cp(path.join(PROJECT_ROOT, entry), path.join(project, entry), { recursive: true });
  }
  await symlink(path.join(PROJECT_ROOT, "node_modules"), path.join(project, "node_modules"), "dir");
});
afterAll(() => rm(project, { recursive: true, force: true }));

/** `node scripts/compiled.mjs <args>` in the copy; never throws for a non-zero exit. */
async function compiled(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(project, "scripts/compiled.mjs"), ...args], { cwd: project });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

describe("scripts/compiled.mjs", () => {
  it("runs a command from a bundle it keeps, and bundles again when a source file changes", async () => {
    const first = await compiled("check");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Ingen fejl:");
    const bundles = async () => (await readdir(path.join(project, ".cache/compiled"), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const [bundle] = await bundles();
    expect(await bundles()).toHaveLength(1);

    // Run again unchanged: the same bundle.
    expect((await compiled("check")).stdout).toContain("Ingen fejl:");
    expect(await bundles()).toEqual([bundle]);

    const source = path.join(project, "lib/authoring/check-content.ts");
    await writeFile(source, (await readFile(source, "utf8")).replace("`Ingen fejl: ", "`Alt i orden: "));
    const edited = await compiled("check");
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.stdout).toContain("Alt i orden:");
    expect(edited.stdout).not.toContain("Ingen fejl:");
    expect(await bundles()).toContain(bundle);
    expect(await bundles()).toHaveLength(2);
  });

  it("lets commands started together bundle at once, each running, one bundle kept", async () => {
    await rm(path.join(project, ".cache/compiled"), { recursive: true, force: true });
    const results = await Promise.all([compiled("check"), compiled("check"), compiled("check")]);
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const left = await readdir(path.join(project, ".cache/compiled"));
    expect(left.filter((name) => name !== "inputs.json")).toHaveLength(1);
  });

  it("builds the site with the bundled Eleventy configuration", async () => {
    const built = await compiled("build", "--quiet");
    expect(built.code, built.stderr).toBe(0);
    const home = await readFile(path.join(project, "_site/index.html"), "utf8");
    expect(home).toMatch(/<html lang="da"/);
    expect(await readdir(path.join(project, "_site/pagefind"))).toContain("pagefind-entry.json");
  });

  it("refuses a command it does not run, in Danish, with exit code 2", async () => {
    const result = await compiled("deploy");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Brug: node scripts/compiled.mjs <build|check|new>");
  });
});
