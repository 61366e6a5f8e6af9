// Times /soeg/ in Chromium over a built site: from the reader's last keystroke to
// the first result in the page, and to the last change of the result list (the
// expansion's results merged in). A measurement for reading, never a test.
//
//   npx tsx scripts/search-latency.ts <built site folder> [--rounds 3]
//
// Chromium runs with the browser tests' flags (tests/browser/helpers/chromium.ts),
// so nothing leaves 127.0.0.1; the site is served by their static server.
import { parseArgs } from "node:util";
import type { Locator, Page } from "playwright-core";
import { launchChromium } from "../tests/browser/helpers/chromium.ts";
import { serveFolder } from "../tests/browser/helpers/static-server.ts";

/** The first query of every tab. */
const FIRST_QUERY = "strategi";

/** Queries a reader of this site types, each timed as the second query of a tab. */
const QUERIES = ["rapportering", "CSR", "SMV", "frivillighed", "bæredygtighed", "Aarhus", "verdensmål"];

/** How long the result list must stay unchanged to count as settled. */
const SETTLED_MS = 1500;

// In the page, checked at every change to it: the time of the last keystroke, of the first
// result shown after it, and of the last change to the list of results.
const RECORD_TIMES = `
  window.timing = { input: 0, results: 0, first: 0, last: 0 };
  let shownList = "";
  const shown = () => [...document.querySelectorAll("pagefind-results .search-result a")].map((link) => link.href).join(" ");
  document.addEventListener("input", () => { window.timing = { input: performance.now(), results: 0, first: 0, last: 0 }; shownList = shown(); }, true);
  new MutationObserver(() => {
    const links = shown();
    if (links !== "" && links !== shownList && window.timing.input > 0) {
      const now = performance.now();
      if (window.timing.first === 0) window.timing.first = now;
      window.timing.last = now;
    }
    shownList = links;
  }).observe(document, { subtree: true, childList: true });
`;

/** RECORD_TIMES's record, in the page's performance.now() milliseconds. */
interface PageTiming {
  input: number;
  /** Pagefind's Component UI had the search's answer (its "results" event), before rendering it. */
  results: number;
  first: number;
  last: number;
}

interface Timing {
  query: string;
  /** To the Component UI's first answer (its "results" event); 0 if none was seen. */
  answeredMs: number;
  firstMs: number;
  settledMs: number;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: "string", default: "3" } } });
const folder = positionals[0];
if (folder === undefined) throw new Error("Usage: tsx scripts/search-latency.ts <built site folder> [--rounds 3]");

const site = await serveFolder(folder);
const browser = await launchChromium();
try {
  /** Per query, per round: the first query of a fresh tab (Pagefind's start included), then the query itself. */
  const rounds: Array<Array<{ cold: Timing; warm: Timing }>> = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    const timings: Array<{ cold: Timing; warm: Timing }> = [];
    for (const query of QUERIES) {
      // A fresh tab for each query: in the 1,000-post corpus, a tab's third search
      // left its results as skeletons in headless Chromium, before and after this change.
      const tab = await browser.newPage();
      await tab.page.addInitScript(RECORD_TIMES);
      await tab.page.goto(`${site.base}soeg/`);
      const box = tab.page.locator("pagefind-input input");
      await box.waitFor();
      await tab.page.evaluate(() => {
        type Instance = { on(event: string, callback: () => void): void };
        const components = (globalThis as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(name: string): Instance } } }).PagefindComponents;
        components.getInstanceManager().getInstance("default").on("results", () => {
          const timing = (globalThis as unknown as { timing: PageTiming }).timing;
          if (timing.results === 0) timing.results = performance.now();
        });
      });
      const cold = await timeTyping(tab.page, box, FIRST_QUERY);
      // As a reader types a new query over the last one: select it all, then type.
      await box.press("Control+A");
      const warm = await timeTyping(tab.page, box, query);
      if (tab.problems.length > 0) throw new Error(tab.problems.join("\n"));
      await tab.page.close();
      timings.push({ cold, warm });
    }
    rounds.push(timings);
  }
  const all = (pick: (timing: { cold: Timing; warm: Timing }) => number) => rounds.flat().map(pick).sort((a, b) => a - b);
  const median = (values: number[]) => Math.round(values[Math.floor(values.length / 2)] ?? 0);
  for (const [index, query] of QUERIES.entries()) {
    const answered = rounds.map((timings) => Math.round(timings[index]?.warm.answeredMs ?? 0));
    const first = rounds.map((timings) => Math.round(timings[index]?.warm.firstMs ?? 0));
    const settled = rounds.map((timings) => Math.round(timings[index]?.warm.settledMs ?? 0));
    console.log(`${query.padEnd(14)} answer ${answered.join(" / ")} ms; first result ${first.join(" / ")} ms; list settled ${settled.join(" / ")} ms`);
  }
  console.log(
    `first query of a tab ("${FIRST_QUERY}", Pagefind's start included): first result median ${median(all((t) => t.cold.firstMs))} ms; ` +
      `other queries: answer median ${median(all((t) => t.warm.answeredMs))} ms, first result median ${median(all((t) => t.warm.firstMs))} ms, slowest ${Math.round(Math.max(...all((t) => t.warm.firstMs)))} ms; ` +
      `list settled median ${median(all((t) => t.warm.settledMs))} ms`,
  );
} finally {
  await browser.close();
  await site.close();
}

/** Types `query` into the box and waits until its results have shown and stopped changing. */
async function timeTyping(page: Page, box: Locator, query: string): Promise<Timing> {
  await box.pressSequentially(query, { delay: 30 });
  await page.waitForFunction(() => (globalThis as unknown as { timing: PageTiming }).timing.first > 0, undefined, { timeout: 120_000 });
  await page.waitForFunction((settled) => performance.now() - (globalThis as unknown as { timing: PageTiming }).timing.last > settled, SETTLED_MS, {
    timeout: 120_000,
    polling: 100,
  });
  const timing = await page.evaluate(() => (globalThis as unknown as { timing: PageTiming }).timing);
  return { query, answeredMs: timing.results - timing.input, firstMs: timing.first - timing.input, settledMs: timing.last - timing.input };
}
