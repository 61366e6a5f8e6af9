import { spawnSync } from "node:child_process";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DecapServer, startDecapServer } from "../../lib/cms/decap-server.ts";
import { parseFrontMatterFile } from "../../lib/cms/entry-file.ts";
import { type FixtureSite, PROJECT_ROOT, createFixtureSite, removeFixtureSite } from "../helpers/fixture-site.ts";
import { type Chromium, type WatchedPage, launchChromium } from "./helpers/chromium.ts";
import { type ServedFolder, serveFolder } from "./helpers/static-server.ts";

// The editor at /admin/ end to end: decap-server on a scratch copy of the
// repository, the built site served on 127.0.0.1 with the headers of its own
// _headers file, and Chromium writing posts through the form. Nothing may leave
// 127.0.0.1 and nothing may log an error.

const SETTINGS_FILE = "data/site.json";
const FIRST_POST = "content/posts/2018/2018-10-05-aarets-sidste-netvaerksmoede.md";
const FIRST_TITLE = "Årets sidste netværksmøde: Corporate Volunteering på dagsordenen";
const NEW_TITLE = "Ærlig snak på Østerbro om grøn omstilling og bæredygtighed";
// Worked out by hand with the README's rules: æ → ae, ø → oe, å → aa, the date first.
const NEW_FILE = "content/posts/2019/2019-03-01-aerlig-snak-paa-oesterbro-om-groen-omstilling-og-baeredygtighed.md";
const NEW_PAGE = "/2019/aerlig-snak-paa-oesterbro-om-groen-omstilling-og-baeredygtighed/";

let site: FixtureSite;
let decap: DecapServer;
let server: ServedFolder;
let browser: Chromium;
let tab: WatchedPage;

/** Every post file of the scratch repository, repository-relative. */
async function postFiles(): Promise<string[]> {
  const entries = await readdir(path.join(site.root, "content/posts"), { recursive: true });
  return entries.filter((entry) => entry.endsWith(".md")).map((entry) => `content/posts/${entry.split(path.sep).join("/")}`).sort();
}

const readPost = async (file: string) => parseFrontMatterFile(await readFile(path.join(site.root, file), "utf8"));

async function waitForFile(file: string): Promise<void> {
  await expect.poll(async () => (await postFiles()).includes(file), { timeout: 60_000 }).toBe(true);
}

/** Opens one of the editor's routes in a fresh page load (logged in, from local storage). */
async function openEditor(page: Page, route: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(`${server.origin}/admin/#${route}`);
}

/** Publishes the open entry: "Publicer", then "Publicer nu". */
async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publicer", exact: true }).click();
  await page.getByText("Publicer nu", { exact: true }).click();
}

beforeAll(async () => {
  site = await createFixtureSite({}, { keepRealPosts: true });
  decap = await startDecapServer(site.root);
  await site.build({ CMS_LOCAL_BACKEND: decap.apiUrl });
  server = await serveFolder(site.output, "/", { headersFile: await readFile(path.join(site.output, "_headers"), "utf8") });
  browser = await launchChromium();
  tab = await browser.newPage();
  // Decap's bundle is 5 MB: on a loaded machine it takes a while to start.
  tab.page.setDefaultTimeout(60_000);
  tab.page.setDefaultNavigationTimeout(120_000);
  tab.page.on("dialog", (dialog) => void dialog.accept());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await decap?.close();
  if (site) await removeFixtureSite(site);
});

describe("the editor at /admin/", { timeout: 240_000 }, () => {
  it("logs in through decap-server and lists the first post by its title", async () => {
    const { page } = tab;
    const response = await page.goto(`${server.origin}/admin/`);
    expect(response?.headers()["content-security-policy"]).toContain("'unsafe-eval'");
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect.poll(() => page.getByText(FIRST_TITLE).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(tab.problems).toEqual([]);
  });

  it("creates a post through the form, at the path npm run new would choose, that checks and builds", async () => {
    const { page } = tab;
    // Fourteen hours ahead of UTC: a date picker that went through UTC would write the day before.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setTimezoneOverride", { timezoneId: "Pacific/Kiritimati" });
    await openEditor(page, "/collections/posts/new");
    expect(await page.evaluate(() => new Date(2019, 2, 1).getTimezoneOffset())).toBe(-14 * 60);
    await page.getByLabel("Indlæggets titel").fill(NEW_TITLE);
    await page.getByLabel("Udgivelsesdatoen").fill("2019-03-01");
    await page.getByRole("button", { name: "Tilføj oplægsholderne" }).click();
    await page.getByLabel("Personens fulde navn").fill("Åse Ørsted");
    await page.getByLabel("Organisationen, personen kommer fra (kan udelades)").fill("Grøn Fremtid A/S");
    await page.getByLabel("De verdensmål, mødet arbejder for (kan udelades)").fill("Partnerskaber");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Tilføj indlæggets emner" }).click();
    await page.getByLabel("Indlæggets emner", { exact: true }).fill("Grøn omstilling");
    await page.locator("[contenteditable=true]").first().click();
    await page.keyboard.type("Vi talte om grøn omstilling.");
    // The preview pane shows the post with the site's stylesheet and its speaker.
    const preview = page.frameLocator("iframe").first();
    await expect.poll(() => preview.locator(".speakers").textContent(), { timeout: 60_000 }).toContain("Åse Ørsted");
    expect(await preview.locator("link[rel=stylesheet]").getAttribute("href")).toMatch(/\/assets\/site\.[0-9a-f]+\.css$/);

    await publish(page);
    await waitForFile(NEW_FILE);

    const written = await readPost(NEW_FILE);
    expect(written).toEqual({
      title: NEW_TITLE,
      date: "2019-03-01",
      draft: false,
      speakers: [{ name: "Åse Ørsted", organisation: "Grøn Fremtid A/S" }],
      tags: ["Grøn omstilling"],
      sdgs: [17],
      body: "Vi talte om grøn omstilling.\n",
    });

    const check = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/check.ts")], { cwd: site.root, encoding: "utf8" });
    // The form left the summary empty: npm run check warns about that (issue 13), and passes.
    expect(check.stderr).not.toMatch(/\bfejl\b/);
    expect(check.status).toBe(0);

    await site.build({ CMS_LOCAL_BACKEND: decap.apiUrl });
    const document = await site.page(NEW_PAGE);
    expect(document.querySelector("h1")?.textContent).toBe(NEW_TITLE);
    expect(document.querySelector(".speakers .person-name")?.textContent?.trim()).toBe("Åse Ørsted");
    expect(document.querySelector(".speakers .person-affiliation")?.textContent?.trim()).toBe("Grøn Fremtid A/S");
    await cdp.send("Emulation.setTimezoneOverride", { timezoneId: "" });
    expect(tab.problems).toEqual([]);
  });

  it("edits the first post's summary and leaves every other value as it was", async () => {
    const { page } = tab;
    const before = await readPost(FIRST_POST);
    const slug = FIRST_POST.replace(/^content\/posts\//, "").replace(/\.md$/, "");
    await openEditor(page, `/collections/posts/entries/${slug}`);
    const summary = page.getByLabel("Et kort resumé til forsiden og søgeresultater (kan udelades)");
    await expect.poll(() => summary.inputValue(), { timeout: 60_000 }).toBe(before.summary);
    await summary.fill("Et nyt resumé, skrevet i redaktionen.");
    await publish(page);
    await expect.poll(async () => (await readPost(FIRST_POST)).summary, { timeout: 60_000 }).toBe("Et nyt resumé, skrevet i redaktionen.");

    const { summary: _old, body: oldBody, ...otherBefore } = before;
    const { summary: _new, body: newBody, ...otherAfter } = await readPost(FIRST_POST);
    expect(otherAfter).toEqual(otherBefore);
    expect(String(newBody).trim()).toBe(String(oldBody).trim());
    expect(tab.problems).toEqual([]);
  });

  it("refuses to publish a post without a title, and writes nothing", async () => {
    const { page } = tab;
    const before = await postFiles();
    await openEditor(page, "/collections/posts/new");
    await page.getByLabel("Udgivelsesdatoen").fill("2019-04-01");
    await publish(page);
    await expect.poll(() => page.getByText("Indlæggets titel er påkrævet.").count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await postFiles()).toEqual(before);
    expect(tab.problems).toEqual([]);
  });

  it("refuses what the form cannot require but the build would refuse, a meeting without its date, and writes nothing", async () => {
    const { page } = tab;
    const before = await postFiles();
    await openEditor(page, "/collections/posts/new");
    await page.getByLabel("Indlæggets titel").fill("Møde uden dato");
    await page.getByLabel("Udgivelsesdatoen").fill("2019-04-01");
    await page.getByLabel("Mødets starttidspunkt (kan udelades)").fill("08:30");
    await publish(page);
    const notice = page.getByText('felt "meeting.date" mangler', { exact: false });
    await expect.poll(() => notice.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await notice.first().textContent()).toContain("Dokumentet kunne ikke gemmes: det følger ikke reglerne");
    expect(await postFiles()).toEqual(before);
    // Decap logs the refusal it shows; nothing else may be logged.
    expect(tab.problems).toEqual([expect.stringMatching(/^console error on .*: det følger ikke reglerne, som siden bygges efter:\nfelt "meeting\.date" mangler/)]);
  });

  // Decap's own "json" format wrote a cleared field as "", which the build refuses.
  it("saves the settings with a field cleared as a file without it, which npm run check accepts", async () => {
    const { page } = tab;
    // The refusal the test before expects is in the log already.
    const logged = tab.problems.length;
    const before = JSON.parse(await readFile(path.join(site.root, SETTINGS_FILE), "utf8")) as { cms: Record<string, unknown> };
    await openEditor(page, "/collections/settings/entries/site");
    const branch = page.getByLabel("Grenen, redaktionen gemmer på (kan udelades)");
    await expect.poll(() => branch.inputValue(), { timeout: 60_000 }).toBe("main");
    await branch.fill("");
    await publish(page);

    const { branch: _branch, ...cms } = before.cms;
    const expected = `${JSON.stringify({ ...before, cms }, null, 2)}\n`;
    await expect.poll(() => readFile(path.join(site.root, SETTINGS_FILE), "utf8"), { timeout: 60_000 }).toBe(expected);
    const check = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/check.ts")], { cwd: site.root, encoding: "utf8" });
    expect(check.stderr).not.toMatch(/\bfejl\b/);
    expect(check.status).toBe(0);
    expect(tab.problems.slice(logged)).toEqual([]);
  });

  it("refuses a site address with a path in the settings form, and writes nothing", async () => {
    const { page } = tab;
    const logged = tab.problems.length;
    const before = await readFile(path.join(site.root, SETTINGS_FILE), "utf8");
    await openEditor(page, "/collections/settings/entries/site");
    const address = page.getByLabel("Sidens adresse på nettet");
    await expect.poll(() => address.inputValue(), { timeout: 60_000 }).toBe("https://blog.csrforum.dk");
    await address.fill("https://blog.csrforum.dk/blog");
    await publish(page);
    await expect.poll(() => page.getByText("skriv adressen med https:// og uden sti", { exact: false }).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await readFile(path.join(site.root, SETTINGS_FILE), "utf8")).toBe(before);
    expect(tab.problems.slice(logged)).toEqual([]);
  });
});
