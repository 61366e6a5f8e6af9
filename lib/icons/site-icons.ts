import { Resvg } from "@resvg/resvg-js";

/** One icon file the site publishes, at a path below its root. */
export interface IconFile {
  /** Site path, e.g. `/icon-32.png`. */
  path: string;
  contents: Buffer | string;
  /** Its side in pixels; "any" for the SVG. */
  sizes: string;
  type: string;
}

/**
 * The raster sizes the site needs besides its SVG: 32 px for browsers without SVG
 * icons, 180 px for iOS's home screen (apple-touch-icon), 192 and 512 px for the web
 * app manifest (the sizes Chromium's installability check asks for).
 */
const RASTER_ICONS = [
  { path: "/icon-32.png", size: 32 },
  { path: "/apple-touch-icon.png", size: 180 },
  { path: "/icon-192.png", size: 192 },
  { path: "/icon-512.png", size: 512 },
] as const;

/**
 * Every icon file from one SVG: the SVG itself and PNGs drawn from it by resvg.
 * @example siteIcons(svg).map((icon) => icon.path) // ["/icon.svg", "/icon-32.png", "/apple-touch-icon.png", …]
 */
export function siteIcons(svg: string): IconFile[] {
  return [
    { path: "/icon.svg", contents: svg, sizes: "any", type: "image/svg+xml" },
    ...RASTER_ICONS.map(({ path, size }) => ({
      path,
      contents: new Resvg(svg, { fitTo: { mode: "width", value: size }, font: { loadSystemFonts: false } }).render().asPng(),
      sizes: `${size}x${size}`,
      type: "image/png",
    })),
  ];
}

/**
 * The web app manifest: the site's name, colours and icons. Its URLs are relative to the
 * manifest's own address (W3C Web App Manifest §"Processing the start_url member"), so it
 * holds under any PATH_PREFIX without knowing it.
 * @example JSON.parse(webManifest({ title: "CSR Forum", … }, icons)).start_url // "./"
 */
export function webManifest(site: { title: string; description: string; language: string }, icons: readonly IconFile[], colours: { background: string; theme: string }): string {
  const manifest = {
    name: site.title,
    short_name: site.title.split(" – ")[0] ?? site.title,
    description: site.description,
    lang: site.language,
    start_url: "./",
    scope: "./",
    display: "browser",
    background_color: colours.background,
    theme_color: colours.theme,
    icons: icons.filter((icon) => icon.path !== "/apple-touch-icon.png").map((icon) => ({ src: `.${icon.path}`, sizes: icon.sizes, type: icon.type })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
