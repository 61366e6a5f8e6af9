import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The browser tests have their own command and configuration (vitest.browser.config.ts).
    exclude: ["tests/.tmp/**", "tests/browser/**", "node_modules/**"],
    // Build tests run Eleventy over whole fixture sites.
    testTimeout: 60_000,
    // Eleventy imports .eleventy.ts with Node's own import(): tsx lets Node load TypeScript.
    execArgv: ["--import", "tsx"],
    hookTimeout: 60_000,
  },
});
