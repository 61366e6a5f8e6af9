import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/.tmp/**", "node_modules/**"],
    // Build tests run Eleventy over whole fixture sites.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
