import { type ChildProcess, spawn } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../lib/cli/free-port.ts";
import { devServerCommand, stopGroup } from "../../lib/bench/dev-loop.ts";
import { BUILD_EPOCH, type FixtureSite, PROJECT_ROOT, createFixtureSite, post, readable, removeFixtureSite } from "../helpers/fixture-site.ts";

// `npm start` as the secretariat runs it, on a fixture site: a content error shows
// in the browser as a Danish error page, and the page comes back once it is fixed.

const POST = "content/posts/2019/morgenmoede.md";
const GOOD = post("Morgenmøde om frivillighed", "2019-03-01", 'summary: "Et resumé."', "Tekst om mødet.");
const PAGE = "/2019/morgenmoede-om-frivillighed/";
/** Long enough for a first build on a busy machine; the test waits for states, never measures them. */
const PATIENCE_MS = 120_000;
/** How long one state is waited for: less than a test's time, so a state never reached fails with the server's log. */
const STATE_PATIENCE_MS = 60_000;

/** The post, broken: its title has a colon and no quotes. */
const BROKEN = GOOD.replace('title: "Morgenmøde om frivillighed"', "title: Morgenmøde: frivillighed");

let site: FixtureSite;
let server: ChildProcess;
let origin: string;
const log: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page as a browser asks for it: its status and its text. */
async function browse(urlPath: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${origin}${urlPath}`, { headers: { accept: "text/html" } });
  return { status: response.status, html: await response.text() };
}

/** Asks for the page until it answers with `status`, and returns that answer. */
async function until(status: number): Promise<{ status: number; html: string }> {
  return untilPage(PAGE, (answer) => answer.status === status, `answered ${status}`);
}

/** Asks for a page until its answer is as `wanted` says, and returns that answer. */
async function untilPage(urlPath: string, wanted: (answer: { status: number; html: string }) => boolean, what: string): Promise<{ status: number; html: string }> {
  const deadline = Date.now() + STATE_PATIENCE_MS;
  for (;;) {
    const answer = await browse(urlPath).catch(() => ({ status: 0, html: "" }));
    if (wanted(answer)) return answer;
    if (Date.now() > deadline) throw new Error(`${urlPath} never ${what}; the server said:\n${log.join("").slice(-3000)}`);
    await sleep(300);
  }
}

/** A post page's older and newer links, as "Forrige: title → url" lines. */
function neighbourLinksOf(html: string): string[] {
  return [...parseHTML(html).document.querySelectorAll(".post-nav a")].map((link) => `${readable(link)} → ${link.getAttribute("href")}`);
}

/** The archive's posts, as "title → url" lines. */
function archiveLinks(html: string): string[] {
  return [...parseHTML(html).document.querySelectorAll(".archive-list a")].map((link) => `${readable(link)} → ${link.getAttribute("href")}`);
}

/** `npm start` on the site at `root`, serving at `port`, its output kept in `into`. */
async function startServer(root: string, port: number, into: string[]): Promise<ChildProcess> {
  const packageJson = JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  const command = devServerCommand(packageJson.scripts.start, PROJECT_ROOT, port);
  const child = spawn(command.command, command.args, {
    cwd: root,
    env: { ...process.env, SOURCE_DATE_EPOCH: BUILD_EPOCH },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => into.push(chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => into.push(chunk));
  return child;
}

beforeAll(async () => {
  site = await createFixtureSite({
    "2019/morgenmoede.md": GOOD,
    // Its neighbours in the posts' order, whose older/newer links name it.
    "2019/vintermoede.md": post("Vintermøde", "2019-02-01", 'summary: "Et resumé."'),
    "2019/foraarsmoede.md": post("Forårsmøde", "2019-04-01", 'summary: "Et resumé."'),
    // Deleted by a test below.
    "2019/sommermoede.md": post("Sommermøde", "2019-06-01", 'summary: "Et resumé."'),
  });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = await startServer(site.root, port, log);
}, PATIENCE_MS);

afterAll(async () => {
  await stopGroup(server);
  await removeFixtureSite(site);
});

describe("the preview under npm start", () => {
  it("shows the post while the content is valid", async () => {
    const { html } = await until(200);
    expect(readable(parseHTML(html).document.querySelector("h1"))).toBe("Morgenmøde om frivillighed");
  }, PATIENCE_MS);

  it("shows a Danish error page with the same report as the terminal when a file breaks", async () => {
    await sleep(1500);
    await site.write(POST, BROKEN);
    const { html } = await until(500);
    const page = parseHTML(html).document;
    expect(page.documentElement.getAttribute("lang")).toBe("da");
    expect(readable(page.querySelector("h1"))).toBe("Der er 1 fejl i indholdet");
    expect(page.querySelector("pre")?.textContent?.split("\n")).toEqual([
      POST,
      '  linje 2: Teksten i "title" har et kolon (:), så den ligner et felt mere. Sæt hele teksten i anførselstegn: title: "Morgenmøde: frivillighed"',
      "      2 | title: Morgenmøde: frivillighed",
      "        |                  ^",
    ]);
    expect(html).not.toMatch(/ContentError|Error\b|at .*\.ts:\d+/);
    // The terminal says the same, in the same words, without programmer words.
    const terminal = log.join("");
    expect(terminal).toContain("Forhåndsvisningen er ikke opdateret: der er 1 fejl i indholdet. Browseren viser den også.");
    expect(terminal).not.toContain("(via ");
    // Once, and without Eleventy's English heading above it.
    expect(terminal).not.toContain("Problem writing");
    expect(terminal).not.toContain("Fatal Error");
    expect(terminal.split('linje 2: Teksten i "title" har et kolon').length - 1).toBe(1);
  }, PATIENCE_MS);

  it("replaces the error page with the page once the file is fixed", async () => {
    await sleep(1500);
    await site.write(POST, GOOD.replace("Tekst om mødet.", "Rettet tekst om mødet."));
    const { html } = await until(200);
    const page = parseHTML(html).document;
    expect(readable(page.querySelector("h1"))).toBe("Morgenmøde om frivillighed");
    expect(readable(page.querySelector("main"))).toContain("Rettet tekst om mødet.");
  }, PATIENCE_MS);

  it("renders only the post when its text alone changes, not the pages that list posts", async () => {
    const home = path.join(site.root, "_preview", "index.html");
    await untilPage("/", (answer) => answer.status === 200, "answered 200");
    const homeWritten = (await stat(home)).mtimeMs;
    await sleep(1500);
    await site.write(POST, GOOD.replace("Tekst om mødet.", "Tekst om mødet, skrevet om."));
    const { html } = await untilPage(PAGE, (answer) => answer.html.includes("Tekst om mødet, skrevet om."), "showed the new text");
    expect(readable(parseHTML(html).document.querySelector("h1"))).toBe("Morgenmøde om frivillighed");
    // The home page lists the post by its title and summary, which are as they were: it is not written again.
    expect((await stat(home)).mtimeMs).toBe(homeWritten);
  }, PATIENCE_MS);

  // Regression: the neighbours of a post whose title (and so its address) changed
  // kept the old title and a link to the old address until npm start was restarted.
  it("gives the neighbours of a retitled post its new title and address in their older/newer links", async () => {
    const older = "/2019/vintermoede/";
    const newer = "/2019/foraarsmoede/";
    expect(neighbourLinksOf((await untilPage(older, (answer) => answer.status === 200, "answered 200")).html)).toEqual([
      `Morgenmøde om frivillighed → ${PAGE}`,
    ]);
    await sleep(1500);
    await site.write(POST, GOOD.replace('title: "Morgenmøde om frivillighed"', 'title: "Morgenmøde om frivillighed og klima"'));
    const renamed = "/2019/morgenmoede-om-frivillighed-og-klima/";
    const shows = (title: string) => (answer: { status: number; html: string }) => answer.status === 200 && answer.html.includes(title);
    const olderPage = await untilPage(older, shows("Morgenmøde om frivillighed og klima"), "named the new title");
    expect(neighbourLinksOf(olderPage.html)).toEqual([`Morgenmøde om frivillighed og klima → ${renamed}`]);
    const newerPage = await untilPage(newer, shows("Morgenmøde om frivillighed og klima"), "named the new title");
    expect(neighbourLinksOf(newerPage.html)).toEqual([`Morgenmøde om frivillighed og klima → ${renamed}`, "Sommermøde → /2019/sommermoede/"]);
    // The edited post itself links to both.
    expect(neighbourLinksOf((await untilPage(renamed, (answer) => answer.status === 200, "answered 200")).html)).toEqual([
      `Vintermøde → ${older}`,
      `Forårsmøde → ${newer}`,
    ]);
    // The pages that list posts name it by its new title, at its new address.
    const archive = await untilPage("/arkiv/", shows("Morgenmøde om frivillighed og klima"), "named the new title");
    expect(archiveLinks(archive.html)).toContain(`Morgenmøde om frivillighed og klima → ${renamed}`);
    expect(archive.html).not.toContain(`href="${PAGE}"`);
  }, PATIENCE_MS);

  it("takes a deleted post off its address and out of the pages that list posts", async () => {
    const deleted = "/2019/sommermoede/";
    expect(archiveLinks((await untilPage("/arkiv/", (answer) => answer.html.includes("Sommermøde"), "listed the post")).html)).toContain(`Sommermøde → ${deleted}`);
    await sleep(1500);
    await site.remove("content/posts/2019/sommermoede.md");
    const archive = await untilPage("/arkiv/", (answer) => answer.status === 200 && !answer.html.includes("Sommermøde"), "left the deleted post out");
    expect(archiveLinks(archive.html)).toEqual([
      `Forårsmøde → /2019/foraarsmoede/`,
      `Morgenmøde om frivillighed og klima → /2019/morgenmoede-om-frivillighed-og-klima/`,
      `Vintermøde → /2019/vintermoede/`,
    ]);
    expect((await untilPage(deleted, (answer) => answer.status === 404, "answered 404")).status).toBe(404);
    // Its older neighbour no longer links to it.
    const neighbour = await untilPage("/2019/foraarsmoede/", (answer) => answer.status === 200 && !answer.html.includes("Sommermøde"), "dropped the link");
    expect(neighbourLinksOf(neighbour.html)).toEqual(["Morgenmøde om frivillighed og klima → /2019/morgenmoede-om-frivillighed-og-klima/"]);
  }, PATIENCE_MS);
});

describe("npm start with a content error from the start", () => {
  it("prints the Danish report once, without Eleventy's English error lines, and stops", async () => {
    const broken = await createFixtureSite({ "2019/morgenmoede.md": BROKEN });
    const output: string[] = [];
    const child = await startServer(broken.root, await freePort(), output);
    try {
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      const terminal = output.join("");
      expect(code).toBe(1);
      expect(terminal).toContain("Forhåndsvisningen kan ikke starte: der er 1 fejl i indholdet.");
      expect(terminal.split('linje 2: Teksten i "title" har et kolon').length - 1).toBe(1);
      expect(terminal).not.toContain("Problem writing");
      expect(terminal).not.toContain("Fatal Error");
      expect(terminal).not.toContain("(via ");
    } finally {
      if (child.exitCode === null) await stopGroup(child);
      await removeFixtureSite(broken);
    }
  }, PATIENCE_MS);
});
