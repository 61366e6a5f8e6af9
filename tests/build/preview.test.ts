import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
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
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const answer = await browse(PAGE).catch(() => ({ status: 0, html: "" }));
    if (answer.status === status) return answer;
    if (Date.now() > deadline) throw new Error(`${PAGE} never answered ${status}; the server said:\n${log.join("").slice(-3000)}`);
    await sleep(300);
  }
}

beforeAll(async () => {
  site = await createFixtureSite({ "2019/morgenmoede.md": GOOD });
  const packageJson = JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const command = devServerCommand(packageJson.scripts.start, PROJECT_ROOT, port);
  server = spawn(command.command, command.args, {
    cwd: site.root,
    env: { ...process.env, SOURCE_DATE_EPOCH: BUILD_EPOCH },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.setEncoding("utf8").on("data", (chunk: string) => log.push(chunk));
  server.stderr?.setEncoding("utf8").on("data", (chunk: string) => log.push(chunk));
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
    await site.write(POST, GOOD.replace('title: "Morgenmøde om frivillighed"', "title: Morgenmøde: frivillighed"));
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
  }, PATIENCE_MS);

  it("replaces the error page with the page once the file is fixed", async () => {
    await sleep(1500);
    await site.write(POST, GOOD.replace("Tekst om mødet.", "Rettet tekst om mødet."));
    const { html } = await until(200);
    const page = parseHTML(html).document;
    expect(readable(page.querySelector("h1"))).toBe("Morgenmøde om frivillighed");
    expect(readable(page.querySelector("main"))).toContain("Rettet tekst om mødet.");
  }, PATIENCE_MS);
});
