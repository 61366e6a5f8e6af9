import { defineConfig } from "vitest/config";

// The browser tests (npm run test:browser): the built site served on 127.0.0.1
// and driven in Debian's Chromium. Kept out of `npm test`, which needs no browser.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    exclude: ["tests/.tmp/**", "node_modules/**"],
    // Each file builds sites and starts a browser; one file at a time on two shared cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Eleventy imports .eleventy.ts with Node's own import(): tsx lets Node load TypeScript.
    execArgv: ["--import", "tsx"],
  },
});
