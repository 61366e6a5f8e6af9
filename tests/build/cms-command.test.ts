import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import yaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { startCms } from "../../lib/cms/cms-command.ts";
import { PROJECT_ROOT } from "../helpers/fixture-site.ts";

// npm run cms, once: both servers on 127.0.0.1, the editor pointed at decap-server,
// and stopping one command stops both. decap-server only reads the checkout here.

const scratch = await mkdtemp(path.join(PROJECT_ROOT, "tests/.tmp/cms-command-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const answers = async (url: string, init?: RequestInit) => {
  try {
    return (await fetch(url, init)).ok;
  } catch {
    return false;
  }
};
const info = { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ action: "info" }) };

describe("npm run cms", () => {
  it("serves the editor on 127.0.0.1, pointed at decap-server, and stops both servers", { timeout: 180_000 }, async () => {
    const lines: string[] = [];
    const running = await startCms(PROJECT_ROOT, { out: (line) => lines.push(line), err: (line) => lines.push(line) }, { output: path.relative(PROJECT_ROOT, scratch) });
    let apiUrl = "";
    try {
      expect(running.adminUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin\/$/);
      expect(await (await fetch(running.adminUrl)).text()).toContain("<title>Redaktion");
      const config = yaml.load(await (await fetch(`${running.adminUrl}config.yml`)).text()) as { local_backend?: { url: string } };
      apiUrl = config.local_backend?.url ?? "";
      expect(apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
      expect(await answers(apiUrl, info)).toBe(true);
    } finally {
      running.stop();
    }
    expect(await running.finished).toBe(0);
    expect(await answers(running.adminUrl)).toBe(false);
    expect(await answers(apiUrl, info)).toBe(false);
  });
});
