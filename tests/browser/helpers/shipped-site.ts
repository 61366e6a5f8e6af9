import { afterAll, beforeAll } from "vitest";
import { type Chromium, launchChromium } from "./chromium.ts";
import { type BuiltSite, buildAndServe } from "./test-site.ts";

/** Chromium and the shipped site served at the root, for one test file's tests. */
export interface ShippedSite {
  readonly browser: Chromium;
  readonly site: BuiltSite;
}

/**
 * Launches Chromium and builds and serves the shipped site ("/") before the calling
 * file's tests, closing both after them. Called at a test file's top level.
 */
export function shippedSiteInChromium(): ShippedSite {
  let browser: Chromium | undefined;
  let site: BuiltSite | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromium(), buildAndServe("/")]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("The browser and the site are read before beforeAll started them.");
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get site() {
      return started(site);
    },
  };
}
