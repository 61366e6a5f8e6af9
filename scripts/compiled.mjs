// Runs one of the secretariat's commands (scripts/<name>.ts) compiled:
// `node scripts/compiled.mjs build --quiet` is `npm run build -- --quiet`.
//
// Under tsx every module Node loads, Eleventy's included, goes through tsx's
// loader hooks on a separate thread; with Eleventy's own resolver hook on top
// (see below) that was ~1 s of a 3 s build of the real site. Here esbuild bundles
// the command and .eleventy.ts once into .cache/compiled/<hash>/, packages left
// to Node, and the bundle is imported with no hooks at all. It is bundled again
// when a file it was made from changes (their bytes are the hash), so an edit to
// lib/ is never run stale. Plain JavaScript, since nothing compiles this file.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
const CACHE_DIR = path.join(PROJECT_ROOT, ".cache", "compiled");
const INPUTS_FILE = path.join(CACHE_DIR, "inputs.json");
/** The commands run this way, and the Eleventy configuration their builds load. */
const ENTRIES = { build: "scripts/build.ts", check: "scripts/check.ts", new: "scripts/new-post.ts", eleventy: ".eleventy.ts" };
const COMMANDS = ["build", "check", "new"];

/**
 * The bundle's modules keep the folder and address of the file they were written
 * in, so paths built from import.meta (templates, the dictionary, the editor's
 * script) point where they do when tsx runs the sources. Each text read is noted
 * in `bundled`, for the bundle's key.
 */
function sourceLocations(bundled) {
  return {
    name: "source-locations",
    setup(build) {
      build.onLoad({ filter: /\.(ts|js)$/ }, async ({ path: file }) => {
        const text = await readFile(file, "utf8");
        bundled.set(file, text);
        const contents = text
          .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(file)))
          .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(file).href));
        return { contents, loader: file.endsWith(".ts") ? "ts" : "js" };
      });
    },
  };
}

/** How the commands are bundled; with esbuild's and Node's versions, part of the cache key. */
const BUNDLE_OPTIONS = {
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(PROJECT_ROOT, file)])),
  absWorkingDir: PROJECT_ROOT,
  bundle: true,
  // Shared modules in shared chunks: the build and the configuration Eleventy
  // imports must share one copy of each module, and lazily imported ones stay lazy.
  splitting: true,
  format: "esm",
  platform: "node",
  target: `node${process.versions.node.split(".")[0]}`,
  packages: "external",
  outExtension: { ".js": ".mjs" },
  sourcemap: true,
  metafile: true,
  logLevel: "error",
};

/** Bundles older than this are removed when a new one is made; a command still running from one has loaded it by then. */
const KEEP_OLD_BUNDLES_MS = 24 * 60 * 60 * 1000;

/**
 * The hash of the bundle's settings and of every file, by path and bytes;
 * undefined when one is gone. `bundled` holds the texts esbuild was given, so a
 * file edited while bundling gives the bundle the key of what it was made from.
 */
async function keyOf(settings, inputs, bundled = new Map()) {
  const hash = createHash("sha256").update(settings);
  for (const input of inputs) {
    const file = path.join(PROJECT_ROOT, input);
    try {
      hash.update("\0").update(input).update("\0").update(bundled.get(file) ?? (await readFile(file)));
    } catch {
      return undefined;
    }
  }
  return hash.digest("hex").slice(0, 24);
}

/** The folder holding the bundle of the current sources: the cached one, or a fresh one. */
async function compiledFolder() {
  let inputs = [];
  try {
    inputs = JSON.parse(await readFile(INPUTS_FILE, "utf8"));
  } catch {
    // No bundle yet: made below.
  }
  // esbuild is loaded only to bundle; its version comes from its package file.
  const { version } = JSON.parse(await readFile(path.join(PROJECT_ROOT, "node_modules", "esbuild", "package.json"), "utf8"));
  // The options name the project's folder (absWorkingDir), which the bundle's paths depend on.
  const settings = `esbuild@${version} node@${process.versions.node} ${JSON.stringify(BUNDLE_OPTIONS)}`;
  const cachedKey = inputs.length > 0 ? await keyOf(settings, inputs) : undefined;
  if (cachedKey !== undefined && existsSync(path.join(CACHE_DIR, cachedKey, "eleventy.mjs"))) return path.join(CACHE_DIR, cachedKey);

  const esbuild = await import("esbuild");
  // Bundled into a folder of its own and renamed once complete, so a run that
  // stops halfway, or one running beside it, never imports a half-written bundle.
  const partial = path.join(CACHE_DIR, `.partial-${process.pid}`);
  await rm(partial, { recursive: true, force: true });
  const bundled = new Map();
  const result = await esbuild.build({ ...BUNDLE_OPTIONS, outdir: partial, plugins: [sourceLocations(bundled)] });
  const made = Object.keys(result.metafile.inputs).sort();
  const key = (await keyOf(settings, made, bundled)) ?? `unkeyed-${process.pid}`;
  const folder = path.join(CACHE_DIR, key);
  try {
    await rename(partial, folder);
  } catch (error) {
    // A run beside this one bundled the same sources first: its folder is as good.
    if (!existsSync(path.join(folder, "eleventy.mjs"))) throw error;
    await rm(partial, { recursive: true, force: true });
  }
  await writeFile(`${INPUTS_FILE}.${process.pid}`, JSON.stringify(made));
  await rename(`${INPUTS_FILE}.${process.pid}`, INPUTS_FILE);
  await removeOldBundles(key);
  return folder;
}

/** Bundles of sources long since changed. */
async function removeOldBundles(current) {
  for (const entry of await readdir(CACHE_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === current || entry.name.startsWith(".")) continue;
    const folder = path.join(CACHE_DIR, entry.name);
    if (Date.now() - (await stat(folder)).mtimeMs > KEEP_OLD_BUNDLES_MS) await rm(folder, { recursive: true, force: true });
  }
}

const [command, ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command ?? "")) {
  console.error(`Brug: node scripts/compiled.mjs <${COMMANDS.join("|")}> [argumenter]`);
  process.exit(2);
}
const folder = await compiledFolder();
// Eleventy 3 on Node 20 registers a resolver hook (module.register, on a thread
// of its own) that only busts its import cache for the dev server's rebuilds;
// a production build has none. Eleventy's documented switch turns it off.
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "true";
process.setSourceMapsEnabled(true);
globalThis[Symbol.for("csr-forum-blog.compiled-config")] = path.join(folder, "eleventy.mjs");
process.argv = [process.argv[0], path.join(PROJECT_ROOT, ENTRIES[command]), ...args];
await import(pathToFileURL(path.join(folder, `${command}.mjs`)).href);
