// The named export: the package's types describe a CommonJS module, whose default TypeScript would not see as the class.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { shippedSiteInChromium } from "./helpers/shipped-site.ts";

// Every page type of the shipped site, in Chromium, through axe-core with the WCAG 2.2
// A and AA rules and the enhanced contrast of AAA (7:1), at a desktop and a phone width,
// and in dark mode: no violation, no console error, no request off 127.0.0.1, no
// sideways scrolling on the phone.

const FIRST_POST = "/2018/aarets-sidste-netvaerksmoede-corporate-volunteering-paa-dagsordenen/";

/** axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 added no level-A rule axe checks). */
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** WCAG 1.4.6 (AAA): 7:1 for all text, which the site meets in both colour schemes. */
const CONTRAST_RULES = ["color-contrast", "color-contrast-enhanced"];

interface PageType {
  name: string;
  path: string;
  /** The HTTP status the host answers with. */
  status: number;
  /** Waits until the page shows what it is for, when scripts fill it in. */
  ready?: (page: Page) => Promise<void>;
}

const PAGE_TYPES: PageType[] = [
  { name: "the home page", path: "/", status: 200 },
  { name: "a post", path: FIRST_POST, status: 200 },
  { name: "the archive", path: "/arkiv/", status: 200 },
  { name: "a topic", path: "/emner/corporate-volunteering/", status: 200 },
  { name: "a person", path: "/personer/jesper-bering-kristensen/", status: 200 },
  { name: "the organisations", path: "/organisationer/", status: 200 },
  { name: "an organisation", path: "/organisationer/ibm-danmark/", status: 200 },
  { name: "the search page before a search", path: "/soeg/", status: 200 },
  { name: "the calendar", path: "/kalender/2019/", status: 200 },
  {
    name: "the search page with results",
    path: "/soeg/?q=frivillig",
    status: 200,
    ready: async (page) => {
      // The first post and the page about the network both say "Frivilligcenter".
      await expect.poll(() => page.locator("pagefind-summary").innerText(), { timeout: 15_000 }).toBe("2 resultater for frivillig");
      // Pagefind shows a grey placeholder until a result scrolls into view: bring each one in.
      await expect
        .poll(
          async () => {
            await page.locator("pagefind-results li").last().scrollIntoViewIfNeeded();
            return page.locator("pagefind-results .pf-skeleton").count();
          },
          { timeout: 15_000 },
        )
        .toBe(0);
      expect(await page.locator("pagefind-results .search-result").count()).toBe(2);
    },
  },
  { name: "the 404 page", path: "/findes-ikke/", status: 404 },
];

const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
];

/** One line per rule broken: its id, what it asks for, and where (the first few elements and the first reason). */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]): string[] {
  return violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(" "));
    const shown = targets.slice(0, 5).join(", ") + (targets.length > 5 ? ` and ${targets.length - 5} more` : "");
    const reason = violation.nodes[0]?.failureSummary?.replace(/\s+/g, " ") ?? "";
    return `${violation.id}: ${violation.help} at ${shown} (${reason})`;
  });
}

const shipped = shippedSiteInChromium();

/** Opens a page type in a fresh tab of the given size and colour scheme, ready to be checked. */
async function open(type: PageType, viewport: { width: number; height: number }, colorScheme: "light" | "dark") {
  const tab = await shipped.browser.newPage();
  await tab.page.setViewportSize(viewport);
  await tab.page.emulateMedia({ colorScheme });
  const response = await tab.page.goto(shipped.site.url(type.path));
  expect(response?.status()).toBe(type.status);
  await type.ready?.(tab.page);
  return tab;
}

/** What the tab must not have done, apart from the 404 answer a missing page is meant to get. */
function unexpectedProblems(problems: string[], type: PageType): string[] {
  return problems.filter((problem) => !(type.status === 404 && problem === `HTTP 404 for ${shipped.site.url(type.path)}`));
}

describe.each(VIEWPORTS)("at $name width ($width×$height)", (viewport) => {
  it.each(PAGE_TYPES)("$name meets WCAG 2.2 AA per axe, logs no error and stays on this machine", async (type) => {
    const tab = await open(type, viewport, "light");
    try {
      const results = await new AxeBuilder({ page: tab.page }).withTags(WCAG_22_AA).analyze();
      expect(describeViolations(results.violations)).toEqual([]);
      // axe really looked: a page with nothing checked would pass too.
      expect(results.passes.length).toBeGreaterThan(10);
      // axe runs either tags or named rules: the AAA contrast rule is a run of its own.
      const enhanced = await new AxeBuilder({ page: tab.page }).withRules(["color-contrast-enhanced"]).analyze();
      expect(describeViolations(enhanced.violations)).toEqual([]);
      expect(enhanced.passes.map((rule) => rule.id)).toContain("color-contrast-enhanced");
      expect(unexpectedProblems(tab.problems, type)).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  if (viewport.width < 600) {
    it.each(PAGE_TYPES)("$name does not scroll sideways", async (type) => {
      const tab = await open(type, viewport, "light");
      try {
        // Evaluated as text in the page: the project's TypeScript has no DOM types.
        const widths = await tab.page.evaluate<{ scrollWidth: number; clientWidth: number }>(
          "({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })",
        );
        expect(widths.clientWidth).toBe(viewport.width);
        expect(widths.scrollWidth, `${type.path} is ${widths.scrollWidth} px wide`).toBeLessThanOrEqual(widths.clientWidth);
      } finally {
        await tab.page.close();
      }
    });
  }
});

describe("in dark mode", () => {
  it.each(PAGE_TYPES)("$name has enough contrast everywhere, at both widths", async (type) => {
    for (const viewport of VIEWPORTS) {
      const tab = await open(type, viewport, "dark");
      try {
        // The dark palette really is in force, else this would test the light one again.
        expect(await tab.page.evaluate<boolean>('matchMedia("(prefers-color-scheme: dark)").matches')).toBe(true);
        const results = await new AxeBuilder({ page: tab.page }).withRules(CONTRAST_RULES).analyze();
        expect(describeViolations(results.violations), viewport.name).toEqual([]);
        expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(CONTRAST_RULES));
        expect(unexpectedProblems(tab.problems, type)).toEqual([]);
      } finally {
        await tab.page.close();
      }
    }
  });
});
