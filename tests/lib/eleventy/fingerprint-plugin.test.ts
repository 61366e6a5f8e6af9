import path from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintedPath } from "../../../lib/assets/fingerprint.ts";
import { fingerprintPlugin } from "../../../lib/eleventy/fingerprint-plugin.ts";
import { fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("fingerprint-plugin");

async function runBefore(registered: ReturnType<typeof fakeEleventyConfig>) {
  const directories = { input: path.join(scratch.root, "content/"), output: "_site/", data: "", includes: "" };
  for (const listener of registered.before) await listener({ directories, runMode: "serve", outputMode: "fs", incremental: false });
}

describe("fingerprintPlugin's fingerprinted filter", () => {
  it("names the stylesheet by the hash of its contents, and again after it changes between builds", async () => {
    const registered = fakeEleventyConfig();
    fingerprintPlugin(registered.config);
    const fingerprinted = registered.filters.get("fingerprinted") as (url: string) => string;

    await scratch.write("content/assets/site.css", "body { color: black; }");
    await runBefore(registered);
    expect(fingerprinted("/assets/site.css")).toBe(fingerprintedPath("/assets/site.css", "body { color: black; }"));

    await scratch.write("content/assets/site.css", "body { color: navy; }");
    await runBefore(registered);
    expect(fingerprinted("/assets/site.css")).toBe(fingerprintedPath("/assets/site.css", "body { color: navy; }"));
  });

  it("names the search script by the hash of its contents, as it does the stylesheet", async () => {
    const registered = fakeEleventyConfig();
    fingerprintPlugin(registered.config);
    await scratch.write("content/assets/search.js", "console.log(1);");
    await runBefore(registered);
    const fingerprinted = registered.filters.get("fingerprinted") as (url: string) => string;
    expect(fingerprinted("/assets/search.js")).toBe(fingerprintedPath("/assets/search.js", "console.log(1);"));
  });

  it("fails loudly for a stylesheet that does not exist", async () => {
    const registered = fakeEleventyConfig();
    fingerprintPlugin(registered.config);
    await runBefore(registered);
    expect(() => (registered.filters.get("fingerprinted") as (url: string) => string)("/assets/mangler.css")).toThrow(/ENOENT/);
  });
});
