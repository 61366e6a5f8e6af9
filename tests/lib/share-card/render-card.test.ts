import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { MEETING_KINDS, TOPICS } from "../../../lib/bench/vocabulary.ts";
import type { ShareCardContent } from "../../../lib/share-card/card-content.ts";
import { CARD_HEIGHT, CARD_MARGIN, CARD_WIDTH, cardDesignKey, loadCardFonts, renderCardPng, renderCardSvg } from "../../../lib/share-card/render-card.ts";

const fonts = loadCardFonts();

const longest = (words: readonly string[]) => words.reduce((a, b) => (b.length > a.length ? b : a));
/** The longest title the benchmark's corpus makes: its longest kind, a five-digit serial and its longest topic. */
const LONGEST_CORPUS_TITLE = `${longest(MEETING_KINDS)} nr. 10000 om ${longest(TOPICS).toLowerCase()}`;
const OVERLONG_TITLE =
  "Bæredygtighedsrapporteringsforpligtelserne for små og mellemstore virksomheder: hvad betyder de for frivilligheden, partnerskaberne og samarbejdet med kommunerne, foreningerne og civilsamfundet i hele Danmark, og hvordan kommer vi fra ord til handling?";

function card(title: string): ShareCardContent {
  return {
    site: "CSR Forum – Co-Creation-netværket",
    network: "Corporate Social Responsibility & Co-Creation",
    title,
    facts: "fredag den 5. oktober 2018 · Frivilligcenter Vesterbro/Kgs. Enghave/Valby, Valby Langgade 1, 2500 Valby",
    speakers: ["Jesper Bering Kristensen", "Thorbjørn Lautrop Nielsen", "Åse Ødegård"],
    moreSpeakers: 2,
  };
}

interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/** The words satori lays out, each a `<text>` with its box, when fonts are not embedded as paths. */
async function textBoxes(content: ShareCardContent): Promise<TextBox[]> {
  const svg = await renderCardSvg(content, fonts, { embedFont: false });
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[^>]*font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(
    ([, x, y, width, height, fontSize, text]) => ({ x: Number(x), y: Number(y), width: Number(width), height: Number(height), fontSize: Number(fontSize), text: text ?? "" }),
  );
}

function pngSize(png: Buffer): { width: number; height: number } {
  // PNG spec §11.2.2: IHDR is the first chunk; width and height follow its type.
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("renderCardPng", () => {
  it("draws a 1200×630 PNG", async () => {
    expect(pngSize(await renderCardPng(card("Årets sidste netværksmøde"), fonts))).toEqual({ width: 1200, height: 630 });
  });
});

describe.each([
  ["a short title", "Årets sidste netværksmøde"],
  ["the longest title of the benchmark corpus", LONGEST_CORPUS_TITLE],
  ["an overlong title with a compound wider than a line", OVERLONG_TITLE],
])("a card with %s", (_label, title) => {
  it("keeps every word inside the margins", async () => {
    const boxes = await textBoxes(card(title));
    expect(boxes.length).toBeGreaterThan(10);
    for (const box of boxes.filter((b) => b.text.trim() !== "")) {
      expect(box.x, box.text).toBeGreaterThanOrEqual(CARD_MARGIN);
      expect(box.x + box.width, box.text).toBeLessThanOrEqual(CARD_WIDTH - CARD_MARGIN);
      expect(box.y - box.height, box.text).toBeGreaterThanOrEqual(CARD_MARGIN - box.height);
      expect(box.y, box.text).toBeLessThanOrEqual(CARD_HEIGHT - CARD_MARGIN);
    }
  });

  it("leaves the margins blank in the drawn image: no ink outside the text area", async () => {
    const svg = await renderCardSvg(card(title), fonts);
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const pixels = image.pixels;
    const background = [0xfb, 0xfa, 0xf7, 0xff];
    const inked: string[] = [];
    for (let y = 0; y < CARD_HEIGHT; y++) {
      for (let x = 24; x < CARD_WIDTH; x++) {
        const inMargin = x < CARD_MARGIN || x >= CARD_WIDTH - CARD_MARGIN || y < CARD_MARGIN / 2 || y >= CARD_HEIGHT - CARD_MARGIN / 2;
        if (!inMargin) continue;
        const at = (y * CARD_WIDTH + x) * 4;
        if (background.some((value, channel) => pixels[at + channel] !== value)) inked.push(`${x},${y}`);
      }
    }
    expect(inked.slice(0, 5)).toEqual([]);
  });

  it("never shows more of the title than it has, and ends a clamped title with an ellipsis after a whole word", async () => {
    const boxes = await textBoxes(card(title));
    const titleSize = Math.max(...boxes.map((box) => box.fontSize));
    const shown = boxes.filter((box) => box.fontSize === titleSize).map((box) => box.text).join("");
    const lines = new Set(boxes.filter((box) => box.fontSize === titleSize).map((box) => box.y)).size;
    expect(lines).toBeLessThanOrEqual(4);
    if (shown.endsWith("…")) {
      const kept = shown.slice(0, -1).trimEnd();
      expect(title.startsWith(kept)).toBe(true);
      expect(kept.length).toBeLessThan(title.length);
    } else {
      // Wrapped but whole: the same words, whatever the line breaks.
      expect(shown.replace(/\s+/g, "")).toBe(title.replace(/\s+/g, ""));
    }
  });
});

describe("the overlong title", () => {
  it("is clamped, not shown whole", async () => {
    const boxes = await textBoxes(card(OVERLONG_TITLE));
    expect(boxes.some((box) => box.text.endsWith("…"))).toBe(true);
  });
});

describe("cardDesignKey", () => {
  it("changes with the fonts, so a new font draws every card again", () => {
    const first = fonts[0];
    if (first === undefined) throw new Error("no font");
    expect(cardDesignKey(fonts)).not.toBe(cardDesignKey([{ ...first, data: Buffer.from("other") }]));
    expect(cardDesignKey(fonts)).toBe(cardDesignKey(loadCardFonts()));
  });
});
