import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { type IconFile, siteIcons, webManifest } from "../icons/site-icons.ts";
import type { SiteState } from "../site/site-state.ts";
import type { EleventyConfig } from "./types.ts";

/** The one drawing every icon is made from, relative to the input folder. */
const ICON_SOURCE = "assets/icon.svg";

/** The manifest's site path; `base.njk` links it. */
export const MANIFEST_PATH = "/manifest.webmanifest";

/** The manifest's colours: the page's background and the accent (content/assets/site.css, light scheme). */
const MANIFEST_COLOURS = { background: "#fbfaf7", theme: "#08503f" };

/**
 * The site's icons (SVG, 32 px, apple-touch-icon, 192 and 512 px) and its web app manifest,
 * written into the output after every build that writes files: `base.njk` links them, so
 * no browser asks for a `/favicon.ico` that is not there.
 */
export function iconsPlugin(config: EleventyConfig, { state }: { state: SiteState }): void {
  // Drawn once per process: the PNGs depend on the SVG alone.
  let icons: { source: string; files: IconFile[] } | undefined;
  const iconsOf = (inputDir: string): IconFile[] => {
    const source = readFileSync(path.join(inputDir, ICON_SOURCE), "utf8");
    if (icons?.source !== source) icons = { source, files: siteIcons(source) };
    return icons.files;
  };

  config.on("eleventy.after", async ({ directories, outputMode }) => {
    if (outputMode !== "fs") return;
    const files = iconsOf(directories.input);
    const manifest = webManifest(state.site.settings, files, MANIFEST_COLOURS);
    await mkdir(directories.output, { recursive: true });
    await Promise.all([
      ...files.map((icon) => writeFile(path.join(directories.output, icon.path), icon.contents)),
      writeFile(path.join(directories.output, MANIFEST_PATH), manifest),
    ]);
  });
}
