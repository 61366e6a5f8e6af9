import { describe, expect, it } from "vitest";
import { shippedSiteInChromium } from "./helpers/shipped-site.ts";

// The header on a phone and on a desktop (issue 15): at 390×844 it takes at most a
// third of the first screen (content pages run no JavaScript: tests/build/budgets.test.ts);
// at 1280 px the navigation is one line;
// the current page stays marked and every link is reachable by keyboard.

const shipped = shippedSiteInChromium();

interface HeaderLayout {
  headerBottom: number;
  navRows: number;
  navLinks: number;
  current: string[];
  scrollWidth: number;
}

// Evaluated as text in the page: the project's TypeScript has no DOM types.
const MEASURE_HEADER = `(() => ({
  headerBottom: document.querySelector(".site-header").getBoundingClientRect().bottom,
  navRows: new Set([...document.querySelectorAll(".site-nav li")].map((li) => Math.round(li.getBoundingClientRect().top))).size,
  navLinks: document.querySelectorAll(".site-nav a").length,
  current: [...document.querySelectorAll('.site-nav a[aria-current="page"]')].map((a) => a.textContent),
  scrollWidth: document.documentElement.scrollWidth,
}))()`;

async function layoutAt(width: number, height: number, sitePath: string): Promise<HeaderLayout> {
  const { page } = await shipped.browser.newPage();
  try {
    await page.setViewportSize({ width, height });
    await page.goto(shipped.site.url(sitePath));
    return await page.evaluate<HeaderLayout>(MEASURE_HEADER);
  } finally {
    await page.close();
  }
}

describe("the header", () => {
  it("takes at most a third of a 390×844 phone screen, with the navigation on one row", async () => {
    const layout = await layoutAt(390, 844, "/");
    expect(layout.headerBottom).toBeLessThanOrEqual(844 / 3);
    expect(layout.navRows).toBe(1);
    expect(layout.scrollWidth).toBe(390);
  });

  it("puts the navigation on one line at 1280 px", async () => {
    const layout = await layoutAt(1280, 800, "/");
    expect(layout.navRows).toBe(1);
    expect(layout.navLinks).toBeGreaterThanOrEqual(8);
  });

  it("keeps aria-current on the page's own link", async () => {
    expect((await layoutAt(390, 844, "/arkiv/")).current).toEqual(["Arkiv"]);
  });

  it("reaches the last navigation link by keyboard on a phone, scrolled into view", async () => {
    const { page } = await shipped.browser.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(shipped.site.url("/"));
      const links = await page.locator(".site-nav a").count();
      // Skip link, title, search box, search button, then the navigation.
      for (let i = 0; i < 4 + links; i++) await page.keyboard.press("Tab");
      const focused = page.locator(".site-nav a:focus");
      expect(await focused.innerText()).toBe("Kontakt");
      const box = await focused.boundingBox();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    } finally {
      await page.close();
    }
  });

  it("shows what the search box is for", async () => {
    const { page } = await shipped.browser.newPage();
    try {
      await page.goto(shipped.site.url("/"));
      const input = page.getByLabel("Søg i møderne");
      expect(await input.getAttribute("placeholder")).toBe("Søg i møderne");
    } finally {
      await page.close();
    }
  });
});
