import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Tests that build a site run the real .eleventy.ts, which Eleventy loads with Node's
// own import(): only their workers need tsx as Node's loader. Every other test file is
// transformed by Vite, and starts faster without it.
const BUILDS = ["tests/build/**/*.test.ts", "tests/lib/bench/corpus.test.ts", "tests/lib/bench/site-root.test.ts"];

export default defineConfig({
  test: {
    // The browser tests have their own command and configuration (vitest.browser.config.ts).
    exclude: ["tests/.tmp/**", "tests/browser/**", "node_modules/**"],
    // One test file per core: vitest's default leaves one core free, which on a
    // two-core machine ran every file one after another (189 s against 120 s).
    maxWorkers: availableParallelism(),
    // Build tests run Eleventy over whole fixture sites.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // Pure modules and fakes: one worker process keeps its module cache from
          // file to file instead of loading Vite's runtime and the imports 70 times over.
          isolate: false,
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/.tmp/**", "tests/browser/**", "node_modules/**", ...BUILDS],
        },
      },
      {
        extends: true,
        test: {
          name: "build",
          include: BUILDS,
          // As for the unit tests: a worker keeps Eleventy, tsx and the project's
          // modules loaded from one file to the next (every build makes its own
          // Eleventy and context); starting them afresh for each file took ~3 s.
          isolate: false,
          execArgv: ["--import", "tsx"],
        },
      },
    ],
  },
});
