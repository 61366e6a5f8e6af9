import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { packageVersion } from "../cache/package-version.ts";
import type { ShareCardContent } from "./card-content.ts";

/** The size LinkedIn, Facebook and X show a large link preview at (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Blank space around everything on the card; the tests check that no ink falls into it. */
export const CARD_MARGIN = 64;

/** The site's palette (light scheme, `content/assets/site.css`), so a card looks like the site. */
const COLOURS = { background: "#fbfaf7", text: "#1c1d1f", muted: "#46484c", accent: "#08503f" };

const FONT_FAMILY = "Source Sans 3";
/** The weights a card uses, from @fontsource/source-sans-3 (latin covers æ, ø, å); WOFF, as satori reads no WOFF2. */
const FONT_WEIGHTS = [400, 700] as const;

/** One font face as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: (typeof FONT_WEIGHTS)[number];
  style: "normal";
}

let fontsOfThisProcess: CardFont[] | undefined;

/** The card's fonts, read once per process (`loadCardFonts`). */
export function cardFonts(): CardFont[] {
  fontsOfThisProcess ??= loadCardFonts();
  return fontsOfThisProcess;
}

/** The card's fonts, read from the installed npm package: nothing is fetched over the network. */
export function loadCardFonts(): CardFont[] {
  const require = createRequire(import.meta.url);
  return FONT_WEIGHTS.map((weight) => ({
    name: FONT_FAMILY,
    data: readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`)),
    weight,
    style: "normal",
  }));
}

/**
 * The title's size and line limit: a short title large, a long one smaller, and at most
 * four lines. Satori wraps at word boundaries and ends a clamped title with "…" after a
 * whole glyph, so a title is never cut mid-letter nor runs into the facts below it.
 */
export function titleStyle(title: string): { fontSize: number; lines: number } {
  if (title.length <= 40) return { fontSize: 76, lines: 2 };
  if (title.length <= 90) return { fontSize: 62, lines: 3 };
  return { fontSize: 52, lines: 4 };
}

interface Element {
  type: string;
  props: { style: Record<string, string | number>; children?: string | Element | Array<Element | string> };
}

function element(style: Element["props"]["style"], children?: Element["props"]["children"]): Element {
  return { type: "div", props: { style: { display: "flex", ...style }, ...(children === undefined ? {} : { children }) } };
}

/** Text on one line, ended with "…" rather than overflowing. */
function oneLine(style: Element["props"]["style"], text: string): Element {
  return element({ ...style, display: "block", lineClamp: 1, overflow: "hidden" }, text);
}

function speakerLine(content: ShareCardContent): string {
  if (content.speakers.length === 0) return "";
  const more = content.moreSpeakers > 0 ? ` m.fl.` : "";
  return `Oplægsholdere: ${content.speakers.join(", ")}${more}`;
}

/** The element tree satori lays out: a green band, the site, the title, then the facts and speakers. */
function cardTree(content: ShareCardContent): Element {
  const title = titleStyle(content.title);
  const speakers = speakerLine(content);
  return element(
    { width: "100%", height: "100%", backgroundColor: COLOURS.background, color: COLOURS.text, fontFamily: FONT_FAMILY },
    [
      element({ width: 24, height: "100%", flexShrink: 0, backgroundColor: COLOURS.accent }),
      element(
        { flexDirection: "column", justifyContent: "space-between", flexGrow: 1, padding: `${CARD_MARGIN}px ${CARD_MARGIN}px ${CARD_MARGIN}px ${CARD_MARGIN - 24}px` },
        [
          element({ flexDirection: "column" }, [
            oneLine({ fontSize: 34, fontWeight: 700, color: COLOURS.accent }, content.site),
            oneLine({ fontSize: 28, color: COLOURS.muted, marginTop: 4 }, `Netværksgruppen ${content.network}`),
          ]),
          element(
            // A word wider than the card (a long compound) breaks between letters rather than overflowing.
            { display: "block", fontSize: title.fontSize, fontWeight: 700, lineHeight: 1.12, lineClamp: title.lines, overflow: "hidden", wordBreak: "break-word" },
            content.title,
          ),
          element({ flexDirection: "column", minHeight: 84 }, [
            ...(content.facts === "" ? [] : [oneLine({ fontSize: 32, color: COLOURS.text }, content.facts)]),
            ...(speakers === "" ? [] : [oneLine({ fontSize: 28, color: COLOURS.muted, marginTop: 8 }, speakers)]),
          ]),
        ],
      ),
    ],
  );
}

/**
 * The card as SVG. Its text is drawn as paths (satori's default), so no font is needed
 * to show it; with `embedFont: false` it stays `<text>`, which the tests read.
 */
export async function renderCardSvg(content: ShareCardContent, fonts: readonly CardFont[], { embedFont = true } = {}): Promise<string> {
  // Imported when a card is drawn: satori takes ~0.3 s to load, and a build whose
  // cards are all in the cache never needs it.
  const { default: satori } = await import("satori");
  return satori(cardTree(content) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: [...fonts], embedFont });
}

/**
 * A share card as a 1200×630 PNG. Satori lays it out on the calling thread; resvg
 * rasterises it on libuv's thread pool, two thirds of the time a card takes.
 * @example await renderCardPng(postCardContent(post.data, settings, zone), loadCardFonts()) // <Buffer 89 50 4e 47 …>
 */
export async function renderCardPng(content: ShareCardContent, fonts: readonly CardFont[]): Promise<Buffer> {
  const [svg, { renderAsync }] = await Promise.all([renderCardSvg(content, fonts), import("@resvg/resvg-js")]);
  const image = await renderAsync(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } });
  return image.asPng();
}

/**
 * What a card's look depends on besides its text: this file (the layout), the fonts'
 * bytes and the versions of satori and resvg. Part of every card's file name, so a
 * change to any of them draws every card again rather than reusing stale ones.
 */
export function cardDesignKey(fonts: readonly CardFont[]): string {
  const hash = createHash("sha256").update(readFileSync(fileURLToPath(import.meta.url)));
  for (const name of ["satori", "@resvg/resvg-js"]) hash.update(`${name}@${packageVersion(name)}`);
  for (const font of fonts) hash.update(font.data);
  return hash.digest("hex");
}
