import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { post } from "../helpers/fixture-site.ts";
import { type Chromium, type WatchedPage, launchChromium } from "./helpers/chromium.ts";
import { type BuiltSite, buildAndServe } from "./helpers/test-site.ts";

const FIRST_POST_TITLE = "Årets sidste netværksmøde: Corporate Volunteering på dagsordenen";
const FIRST_POST = "/2018/aarets-sidste-netvaerksmoede-corporate-volunteering-paa-dagsordenen/";

// A second meeting whose text says "frivillige" and no other form of the word.
// "frivilligheden" is no prefix of it, so only stemming finds it: the Danish
// stemmer takes both words to "frivil"; an English one leaves "frivilligheden"
// whole. The first post has neither word, only "Frivilligcenter", which
// "frivillig" finds as the start of a word.
const SECOND_POST_TITLE = "Morgenmøde om medarbejdere i små virksomheder";
const SECOND_POST = post(
  SECOND_POST_TITLE,
  "2019-03-01",
  "tags: [Medarbejdere]\nspeakers:\n  - name: Karen Holm\n    organisation: CSR Forum\nsdgs: [8]\nmeeting:\n  date: 2019-03-01\n  venue:\n    name: CSR Forum, København",
  "Netværket drøftede, hvordan frivillige medarbejdere kan blive en fast del af arbejdet i små virksomheder.",
);
const SECOND_POST_URL = "/2019/morgenmoede-om-medarbejdere-i-smaa-virksomheder/";

// A meeting for the query expansion (lib/search/expand-query.js): it says
// "bæredygtighedsrapportering", "samfundsansvar" and "små og mellemstore
// virksomheder", and never "rapportering" alone, "CSR" or "SMV".
const EXPANSION_POST_TITLE = "Morgenmøde om bæredygtighedsrapportering";
const EXPANSION_POST = post(
  EXPANSION_POST_TITLE,
  "2019-04-05",
  "",
  "Mødet handlede om bæredygtighedsrapportering og om, hvordan små og mellemstore virksomheder tager samfundsansvar uden en stor stab.",
);
const EXPANSION_POST_URL = "/2019/morgenmoede-om-baeredygtighedsrapportering/";

// Text that looks like markup must reach a result's excerpt as text, never as elements.
const HOSTILE_POST = post("Om sikker kode", "2019-05-01", "", "Skriv aldrig `<img src=x onerror=alert(1)>` i et indlæg.");

/** Collects what Pagefind's live regions say, as "polite: …"; they clear themselves after 350 ms. */
const RECORD_ANNOUNCEMENTS = `
  window.announced = [];
  new MutationObserver(() => {
    for (const region of document.querySelectorAll("[data-pagefind-announcer] [aria-live]")) {
      const said = region.getAttribute("aria-live") + ": " + region.textContent.trim();
      if (region.textContent.trim() !== "" && window.announced.at(-1) !== said) window.announced.push(said);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

let browser: Chromium;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe.each(["/", "/blog/"])("search with the site served at %s", (prefix) => {
  let site: BuiltSite;
  let tab: WatchedPage;

  beforeAll(async () => {
    site = await buildAndServe(prefix, {
      "2019/2019-03-01-morgenmoede-om-frivillighed.md": SECOND_POST,
      "2019/2019-05-01-sikker-kode.md": HOSTILE_POST,
      "2019/2019-04-05-baeredygtighedsrapportering.md": EXPANSION_POST,
    });
  });
  afterAll(() => site?.close());
  beforeEach(async () => {
    tab = await browser.newPage();
  });
  afterEach(async () => {
    const problems = tab.problems;
    await tab.page.close();
    // No console errors, no failed loads, no request off 127.0.0.1, on any page of any test.
    expect(problems).toEqual([]);
  });

  // "frivillig" finds both meetings and the standing page about the network (its
  // "Frivilligcenter"); filters and the date sort keep the meetings only.
  const results = () => tab.page.locator("pagefind-results .search-result");
  const resultTitles = () => tab.page.locator("pagefind-results .search-result-title").allInnerTexts();
  const summary = () => tab.page.locator("pagefind-summary").innerText();
  /** Waits until the search page shows `count` results and says so. */
  async function expectResults(count: number, term: string) {
    const said = count === 1 ? `1 resultat for ${term}` : `${count} resultater for ${term}`;
    await expect.poll(summary, { timeout: 15_000 }).toBe(said);
    await expect.poll(() => results().count(), { timeout: 15_000 }).toBe(count);
  }

  it("leads from the header's search box to /soeg/?q=, where the first post is among the results", async () => {
    const { page } = tab;
    await page.goto(site.url("/"));
    await page.getByLabel("Søg i møderne").fill("frivillig");
    await page.getByLabel("Søg i møderne").press("Enter");
    await page.waitForURL(site.url("/soeg/?q=frivillig"));
    await expectResults(3, "frivillig");
    expect(await resultTitles()).toContain(FIRST_POST_TITLE);

    const first = page.getByRole("link", { name: FIRST_POST_TITLE });
    expect(await first.getAttribute("href")).toBe(`${prefix}${FIRST_POST.slice(1)}`);
    const result = page.locator(".search-result", { has: first });
    expect(await result.locator(".search-result-facts").innerText()).toBe("5. okt. 2018 · Frivilligcenter Vesterbro/Kgs. Enghave/Valby");
    expect(await result.locator(".search-result-speakers").innerText()).toBe(
      "Oplægsholdere: Jesper Bering Kristensen, Thorbjørn Lautrop Nielsen, Jon Kiellberg",
    );
    expect(await result.locator(".search-result-excerpt mark").first().innerText()).toBe("Frivilligcenter");

    await first.click();
    await page.waitForURL(site.url(FIRST_POST));
    expect(await page.locator("h1").innerText()).toBe(FIRST_POST_TITLE);
  });

  it("narrows the results by a filter and counts again, keeping the filter in the address", async () => {
    const { page } = tab;
    await page.goto(site.url("/soeg/?q=frivillig"));
    await expectResults(3, "frivillig");
    await page.getByRole("checkbox", { name: /^2018/ }).check();
    await expectResults(1, "frivillig");
    expect(await resultTitles()).toEqual([FIRST_POST_TITLE]);
    expect(new URL(page.url()).searchParams.getAll("år")).toEqual(["2018"]);

    // The address alone brings the same narrowed search back.
    await page.goto(page.url());
    await expectResults(1, "frivillig");
    expect(await page.getByRole("checkbox", { name: /^2018/ }).isChecked()).toBe(true);
  });

  it("announces the result count to screen readers, and again after filtering", async () => {
    const { page } = tab;
    await page.addInitScript({ content: RECORD_ANNOUNCEMENTS });
    await page.goto(site.url("/soeg/?q=frivillig"));
    await expectResults(3, "frivillig");
    await expect.poll(() => page.evaluate("window.announced"), { timeout: 15_000 }).toEqual(["polite: 3 resultater for frivillig"]);
    await page.getByRole("checkbox", { name: /^2018/ }).check();
    await expect
      .poll(() => page.evaluate("window.announced"), { timeout: 15_000 })
      .toEqual(["polite: 3 resultater for frivillig", "polite: 1 resultat for frivillig"]);
  });

  it("shows text that looks like markup as text in an excerpt", async () => {
    const { page } = tab;
    await page.goto(site.url("/soeg/?q=onerror"));
    await expectResults(1, "onerror");
    const excerpt = page.locator(".search-result-excerpt");
    expect(await excerpt.innerText()).toContain("<img src=x onerror=alert(1)>");
    expect(await excerpt.locator("img").count()).toBe(0);
    // Pagefind marks the whole token it matched, markup characters and all.
    expect(await excerpt.locator("mark").allInnerTexts()).toEqual(["onerror=alert(1)>"]);
  });

  it("stems Danish: frivilligheden finds a meeting that only says frivillige", async () => {
    expect(SECOND_POST).not.toMatch(/frivillighed/i);
    await tab.page.goto(site.url("/soeg/?q=frivilligheden"));
    await expect.poll(resultTitles, { timeout: 15_000 }).toContain(SECOND_POST_TITLE);
  });

  /**
   * Searches /soeg/?q=`term` and checks what the reader gets: the expansion post
   * among the results, its excerpt marking `marked`, the excerpt's words all on
   * the post's page (none the expansion added), and the reader's own term, as
   * typed, in the box, the summary and the address.
   */
  async function expectExpandedResult(term: string, marked: string) {
    const { page } = tab;
    await page.goto(site.url(`/soeg/?q=${encodeURIComponent(term)}`));
    await expect.poll(resultTitles, { timeout: 15_000 }).toContain(EXPANSION_POST_TITLE);
    const result = page.locator(".search-result", { has: page.getByRole("link", { name: EXPANSION_POST_TITLE }) });
    const excerpt = result.locator(".search-result-excerpt");
    expect(await excerpt.locator("mark").allInnerTexts()).toContain(marked);
    expect(await page.getByRole("searchbox", { name: "Søg på dette website" }).inputValue()).toBe(term);
    expect(await summary()).toMatch(new RegExp(` for ${term}$`));
    expect(new URL(page.url()).searchParams.get("q")).toBe(term);

    // Pagefind joins the page's blocks with full stops: compare words, not the string.
    const words = (text: string) => text.toLocaleLowerCase("da").match(/[\p{L}\p{N}]+/gu) ?? [];
    const excerptWords = words(await excerpt.innerText());
    await page.goto(site.url(EXPANSION_POST_URL));
    const pageWords = new Set(words(await page.locator("article").innerText()));
    expect(excerptWords.length).toBeGreaterThan(5);
    expect(excerptWords.filter((word) => !pageWords.has(word))).toEqual([]);
    expect(pageWords.has(term.toLocaleLowerCase("da"))).toBe(false);
  }

  it("finds a compound by its last part: rapportering finds bæredygtighedsrapportering", async () => {
    await expectExpandedResult("rapportering", "bæredygtighedsrapportering");
  });

  it("finds a synonym: CSR finds a meeting that says samfundsansvar", async () => {
    await expectExpandedResult("CSR", "samfundsansvar");
  });

  it("finds what an abbreviation stands for: SMV finds små og mellemstore virksomheder", async () => {
    await expectExpandedResult("SMV", "mellemstore");
  });

  it("sorts by date either way and keeps the order in the address", async () => {
    const { page } = tab;
    await page.goto(site.url("/soeg/?q=frivillig"));
    await expectResults(3, "frivillig");
    await page.getByLabel("Sortér").selectOption({ label: "Ældste først" });
    await expect.poll(resultTitles, { timeout: 15_000 }).toEqual([FIRST_POST_TITLE, SECOND_POST_TITLE]);
    expect(new URL(page.url()).searchParams.get("sortering")).toBe("aeldste");
    await page.getByLabel("Sortér").selectOption({ label: "Nyeste først" });
    await expect.poll(resultTitles, { timeout: 15_000 }).toEqual([SECOND_POST_TITLE, FIRST_POST_TITLE]);
    expect(new URL(page.url()).searchParams.get("sortering")).toBe("nyeste");
  });

  it("keeps the address in step with a new query, so Back from a result returns to it", async () => {
    const { page } = tab;
    await page.goto(site.url("/soeg/?q=frivillig"));
    await expectResults(3, "frivillig");
    const box = page.getByRole("searchbox", { name: "Søg på dette website" });
    await box.fill("karen");
    await expectResults(1, "karen");
    await page.waitForURL(site.url("/soeg/?q=karen"));
    await page.getByRole("link", { name: SECOND_POST_TITLE }).click();
    await page.waitForURL(site.url(SECOND_POST_URL));
    await page.goBack();
    await page.waitForURL(site.url("/soeg/?q=karen"));
    await expectResults(1, "karen");
  });

  it("works by keyboard alone: Tab to the box, type, Enter, Tab to a result", async () => {
    const { page } = tab;
    await page.goto(site.url("/"));
    await tabUntil(page, "input[name='q']");
    await page.keyboard.type("karen");
    await page.keyboard.press("Enter");
    await page.waitForURL(site.url("/soeg/?q=karen"));
    await expectResults(1, "karen");
    await tabUntil(page, ".search-result a");
    await page.keyboard.press("Enter");
    await page.waitForURL(site.url(SECOND_POST_URL));
  });

  it("loads no Pagefind file on a content page", async () => {
    const { page } = tab;
    const loaded: string[] = [];
    page.on("request", (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(site.url(FIRST_POST));
    await page.waitForLoadState("networkidle");
    expect(loaded.filter((pathname) => pathname.includes("pagefind") || pathname.endsWith("search.js"))).toEqual([]);
    expect(loaded).toContainEqual(expect.stringMatching(new RegExp(`^${prefix}assets/site\\.[0-9a-f]{10}\\.css$`)));
  });
});

/** Presses Tab until the focused element matches `selector`; fails after 40 presses. */
async function tabUntil(page: WatchedPage["page"], selector: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    if ((await page.locator(`${selector}:focus`).count()) > 0) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
