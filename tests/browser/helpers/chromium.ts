import { constants } from "node:fs";
import { access, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, type Page, chromium } from "playwright-core";

/** Debian's Chromium; playwright-core never downloads a browser of its own. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Headless, and nothing but the pages under test: no background requests to
 * Google's services, every host name but 127.0.0.1 unresolvable, and a proxy
 * nobody answers for anything that still tries (Chromium never proxies loopback).
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
  "--proxy-server=127.0.0.1:9",
];

/** The message for a machine without Chromium: the browser tests fail, they do not skip. */
export const MISSING_CHROMIUM =
  `Chromium findes ikke på ${CHROMIUM_PATH}, så browsertestene kan ikke køre. ` +
  "Installér den med: apt-get update && apt-get install -y chromium\n" +
  `(Chromium is not installed at ${CHROMIUM_PATH}; install it with: apt-get update && apt-get install -y chromium)`;

export interface Chromium {
  context: BrowserContext;
  /** A new tab whose console errors, page errors and requests off 127.0.0.1 are recorded. */
  newPage(): Promise<WatchedPage>;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export interface WatchedPage {
  page: Page;
  /** Everything that went wrong in the tab: console errors, uncaught errors, requests to other hosts. */
  problems: string[];
}

/** Starts Debian's Chromium with a fresh, empty profile; throws MISSING_CHROMIUM when it is not installed. */
export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Chromium> {
  try {
    await access(executablePath, constants.X_OK);
  } catch (error) {
    throw new Error(MISSING_CHROMIUM, { cause: error });
  }
  const profile = await mkdtemp(path.join(tmpdir(), "chromium-profile-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    newPage: async () => watch(await context.newPage()),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Records what a test must see none of. */
function watch(page: Page): WatchedPage {
  const problems: string[] = [];
  page.on("console", (message) => {
    // A failed load is reported by the response listener below, with its address.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      problems.push(`console error on ${page.url()}: ${message.text()}`);
    }
  });
  page.on("response", (response) => {
    // Every page links its icons, so the browser never asks for a /favicon.ico on its own:
    // no request may fail, under / or under a PATH_PREFIX.
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  page.on("requestfailed", (request) => {
    // A request the page itself cancelled by navigating away (the manifest, fetched
    // lazily, when a test goes Back) is not a missing file: a 404 shows as a response above.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`failed request ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    const local = url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:";
    if (!local) problems.push(`request off this machine: ${request.url()}`);
  });
  return { page, problems };
}
