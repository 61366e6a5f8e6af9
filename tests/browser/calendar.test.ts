import { describe, expect, it } from "vitest";
import { shippedSiteInChromium } from "./helpers/shipped-site.ts";

// The calendar as a year (issue 15): the twelve months side by side on a desktop, one
// column on a phone, and on paper at most two A4 pages.

const shipped = shippedSiteInChromium();

/** How many month tables stand on the first row of the year. */
const MONTHS_ON_FIRST_ROW = `(() => {
  const tops = [...document.querySelectorAll(".calendar-month")].map((table) => Math.round(table.getBoundingClientRect().top));
  return tops.filter((top) => top === tops[0]).length;
})()`;

async function monthsOnFirstRow(width: number): Promise<number> {
  const { page } = await shipped.browser.newPage();
  try {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(shipped.site.url("/kalender/2019/"));
    return await page.evaluate<number>(MONTHS_ON_FIRST_ROW);
  } finally {
    await page.close();
  }
}

describe("the calendar page", () => {
  it("shows three or four months a row on a desktop, and one on a phone", async () => {
    expect(await monthsOnFirstRow(1280)).toBeGreaterThanOrEqual(3);
    expect(await monthsOnFirstRow(1280)).toBeLessThanOrEqual(4);
    expect(await monthsOnFirstRow(390)).toBe(1);
  });

  it("prints on at most two A4 pages", async () => {
    const { page } = await shipped.browser.newPage();
    try {
      await page.goto(shipped.site.url("/kalender/2019/"));
      const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
      // Each page of a PDF is a dictionary of /Type /Page (the tree's root is /Pages).
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.length).toBeLessThanOrEqual(2);
    } finally {
      await page.close();
    }
  });

  it("marks each day of Folkemødet 2019 with a link to its entry, which says it is tentative", async () => {
    const { page } = await shipped.browser.newPage();
    try {
      await page.goto(shipped.site.url("/kalender/2019/"));
      const marked = await page.locator('.calendar-day-busy a[href="#folkemoedet-2019"]').count();
      expect(marked).toBe(4);
      await page.locator('.calendar-day[data-date="2019-06-14"] a').click();
      expect(new URL(page.url()).hash).toBe("#folkemoedet-2019");
      expect(await page.locator("#folkemoedet-2019 .calendar-status").innerText()).toBe("Foreløbig");
    } finally {
      await page.close();
    }
  });
});
