import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ShareCardContent } from "../../../lib/share-card/card-content.ts";
import { CARD_FOLDER, cardAltText, cardFileName, cardPath, writeCards } from "../../../lib/share-card/card-files.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("share-cards");

function content(title: string): ShareCardContent {
  return { site: "CSR Forum", network: "Co-Creation", title, facts: "", speakers: [], moreSpeakers: 0 };
}

describe("cardFileName", () => {
  it("follows from the content and the design alone", () => {
    expect(cardFileName(content("A"), "design-1")).toBe(cardFileName(content("A"), "design-1"));
    expect(cardFileName(content("A"), "design-1")).not.toBe(cardFileName(content("B"), "design-1"));
    expect(cardFileName(content("A"), "design-1")).not.toBe(cardFileName(content("A"), "design-2"));
    expect(cardFileName(content("A"), "d")).toMatch(/^[0-9a-f]{16}\.png$/);
  });

  it("gives a site path below the cards' folder", () => {
    expect(cardPath("0123456789abcdef.png")).toBe(`/${CARD_FOLDER}/0123456789abcdef.png`);
  });
});

describe("writeCards", () => {
  const cards = ["A", "B", "C"].map((title) => ({ content: content(title), fileName: cardFileName(content(title), "d") }));

  it("draws each card once and copies it into the output, and a second build draws none", async () => {
    const drawnTitles: string[] = [];
    const render = async (card: ShareCardContent) => {
      drawnTitles.push(card.title);
      return Buffer.from(`png of ${card.title}`);
    };
    const cacheDir = path.join(scratch.root, ".cache");
    const first = await writeCards([...cards, cards[0]!], { cacheDir, outputDir: path.join(scratch.root, "out1"), render });
    expect(first).toEqual({ drawn: 3, reused: 0 });
    expect(drawnTitles.sort()).toEqual(["A", "B", "C"]);

    const second = await writeCards(cards, { cacheDir, outputDir: path.join(scratch.root, "out2"), render });
    expect(second).toEqual({ drawn: 0, reused: 3 });
    expect(drawnTitles).toHaveLength(3);
    const written = (await readdir(path.join(scratch.root, "out2", CARD_FOLDER))).sort();
    expect(written).toEqual(cards.map((card) => card.fileName).sort());
    expect(await readFile(path.join(scratch.root, "out2", CARD_FOLDER, cards[1]!.fileName), "utf8")).toBe("png of B");
  });

  it("keeps no card in the cache when drawing it failed, so the next build tries again", async () => {
    const cacheDir = path.join(scratch.root, ".cache");
    const failing = async () => {
      throw new Error("resvg failed");
    };
    await expect(writeCards(cards.slice(0, 1), { cacheDir, outputDir: path.join(scratch.root, "out"), render: failing })).rejects.toThrow("resvg failed");
    expect(await readdir(cacheDir)).toEqual([]);
  });
});

describe("cardAltText", () => {
  it("says what the card shows, one sentence a part, without doubled full stops", () => {
    expect(cardAltText({ ...content("Årets sidste netværksmøde"), facts: "fredag den 5. oktober 2018 · Valby" })).toBe(
      "Årets sidste netværksmøde. fredag den 5. oktober 2018 · Valby. CSR Forum.",
    );
    expect(cardAltText(content("Bloggen om møderne."))).toBe("Bloggen om møderne. CSR Forum.");
  });
});
