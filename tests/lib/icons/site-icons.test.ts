import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteIcons, webManifest } from "../../../lib/icons/site-icons.ts";
import { PROJECT_ROOT } from "../../helpers/fixture-site.ts";

const svg = readFileSync(path.join(PROJECT_ROOT, "content/assets/icon.svg"), "utf8");
const icons = siteIcons(svg);

describe("siteIcons", () => {
  it("draws each PNG at the size it claims", () => {
    for (const icon of icons.filter((file) => file.type === "image/png")) {
      const png = icon.contents as Buffer;
      // PNG spec §11.2.2: IHDR's width and height follow the signature and the chunk header.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.path).toBe(icon.sizes);
    }
    expect(icons.map((icon) => icon.path)).toEqual(["/icon.svg", "/icon-32.png", "/apple-touch-icon.png", "/icon-192.png", "/icon-512.png"]);
  });
});

describe("webManifest", () => {
  const manifest = JSON.parse(webManifest({ title: "CSR Forum – Co-Creation-netværket", description: "Blog.", language: "da" }, icons, { background: "#fbfaf7", theme: "#08503f" }));

  it("names the site and points only to files relative to itself, so it works under any path prefix", () => {
    expect(manifest).toMatchObject({ name: "CSR Forum – Co-Creation-netværket", short_name: "CSR Forum", lang: "da", start_url: "./", scope: "./" });
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^\.\/[a-z0-9-]+\.(png|svg)$/);
  });

  it("lists the 192 and 512 px icons Chromium asks of an installable site", () => {
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  });
});
