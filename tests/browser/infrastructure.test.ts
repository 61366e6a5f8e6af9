import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useScratchDir } from "../helpers/scratch-dir.ts";
import { type Chromium, MISSING_CHROMIUM, launchChromium } from "./helpers/chromium.ts";
import { CONTENT_SECURITY_POLICY, type ServedFolder, serveFolder } from "./helpers/static-server.ts";

// The pieces every browser test stands on: a missing Chromium fails loudly, the
// server behaves like a static host under a prefix, and a tab reports what it must not do.

const scratch = useScratchDir("browser-infrastructure");

async function withServer(prefix: string, test: (server: ServedFolder) => Promise<void>): Promise<void> {
  await scratch.write("index.html", "<!doctype html><title>Forside</title><p>Forsiden</p>");
  await scratch.write("404.html", "<!doctype html><title>404</title><p>Siden findes ikke her</p>");
  await scratch.write("a/index.html", "<!doctype html><title>A</title>");
  await scratch.write("inline.html", "<!doctype html><title>Inline</title><script>document.title = 'ran'</script>");
  const server = await serveFolder(scratch.root, prefix);
  try {
    await test(server);
  } finally {
    await server.close();
  }
}

describe("launchChromium", () => {
  it("fails, saying how to install Chromium, when it is missing", async () => {
    await expect(launchChromium("/nowhere/chromium")).rejects.toThrow(MISSING_CHROMIUM);
    expect(MISSING_CHROMIUM).toContain("apt-get install -y chromium");
  });
});

describe("serveFolder", () => {
  it("serves the folder under its prefix as a static host would, with the site's CSP", async () => {
    await withServer("/blog/", async (server) => {
      const home = await fetch(server.base);
      expect(home.status).toBe(200);
      expect(home.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(await home.text()).toContain("Forsiden");
      expect((await fetch(`${server.base}a`, { redirect: "manual" })).headers.get("location")).toBe("/blog/a/");
      expect((await fetch(`${server.origin}/blog`, { redirect: "manual" })).status).toBe(301);

      const outside = await fetch(`${server.origin}/index.html`);
      expect(outside.status).toBe(404);
      expect(await outside.text()).toContain("Siden findes ikke her");
      expect((await fetch(`${server.base}%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    });
  });
});

describe("a watched tab", () => {
  let browser: Chromium;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it("records a request to any host but 127.0.0.1", async () => {
    const tab = await browser.newPage();
    await tab.page.goto("http://example.com/").catch(() => undefined);
    expect(tab.problems).toContain("request off this machine: http://example.com/");
    await tab.page.close();
  });

  it("records an inline script the CSP refuses, and a page that is missing", async () => {
    await withServer("/", async (server) => {
      const tab = await browser.newPage();
      await tab.page.goto(`${server.base}inline.html`);
      expect(await tab.page.title()).toBe("Inline");
      await tab.page.goto(`${server.base}missing/`);
      expect(tab.problems).toEqual([
        expect.stringMatching(/^console error on .*inline\.html: Executing inline script violates .*Content Security Policy/),
        `HTTP 404 for ${server.base}missing/`,
      ]);
      await tab.page.close();
    });
  });
});
