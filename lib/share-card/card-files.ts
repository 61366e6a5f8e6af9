import { createHash } from "node:crypto";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { existsSync } from "node:fs";
import { writeFileWhole } from "../files/write-whole.ts";
import type { LoadedPost } from "../content/load-posts.ts";
import { type ShareCardContent, postCardContent, siteCardContent } from "./card-content.ts";

/** Where the cards are published, below the output folder and the site's root. */
export const CARD_FOLDER = "delingsbilleder";

/** One card to publish: what it shows and the name its content hash gives it. */
export interface CardFile {
  content: ShareCardContent;
  /** `<hash>.png`: the same content (and design) always gives the same name. */
  fileName: string;
}

/**
 * A card's file name: a hash of what it shows and of the design that draws it, so a
 * card is drawn again only when one of them changed, and a changed card gets a new
 * address (link previews are cached by address for days).
 * @example cardFileName(content, designKey) // "3f9c0d1e2a4b5c6d.png"
 */
export function cardFileName(content: ShareCardContent, designKey: string): string {
  const hash = createHash("sha256").update(designKey).update("\0").update(JSON.stringify(content)).digest("hex");
  return `${hash.slice(0, 16)}.png`;
}

/** A site path of a card, e.g. `/delingsbilleder/3f9c0d1e2a4b5c6d.png`. */
export function cardPath(fileName: string): string {
  return `/${CARD_FOLDER}/${fileName}`;
}

/** Every card of a build: one per post, by its URL path, and the site's for every other page. */
export interface ShareCards {
  posts: Map<string, CardFile>;
  site: CardFile;
}

/**
 * The cards of the given posts and the site's card, named by content and design.
 * @example shareCards(posts, settings, designKey).posts.get("/2018/aarets-sidste-netvaerksmoede/")?.fileName // "3f9c0d1e2a4b5c6d.png"
 */
export function shareCards(
  posts: readonly LoadedPost[],
  settings: { title: string; network: string; description: string; timeZone: string },
  designKey: string,
): ShareCards {
  const file = (content: ShareCardContent): CardFile => ({ content, fileName: cardFileName(content, designKey) });
  return {
    posts: new Map(posts.map((post) => [post.urlPath, file(postCardContent(post.data, settings, settings.timeZone))])),
    site: file(siteCardContent(settings)),
  };
}

/**
 * A card's alt text for `og:image:alt`: what it shows, in words.
 * @example cardAltText(card.content) // "Årets sidste netværksmøde. fredag den 5. oktober 2018 · Frivilligcenter Vesterbro. CSR Forum."
 */
export function cardAltText(content: ShareCardContent): string {
  return [content.title, content.facts, content.site]
    .filter((part) => part !== "")
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(" ");
}

export interface WriteCardsOptions {
  /** The folder kept between builds, where every card drawn is stored under its file name. */
  cacheDir: string;
  /** The build's output folder; the cards go to its `delingsbilleder/`. */
  outputDir: string;
  /** Draws one card as PNG. */
  render: (content: ShareCardContent) => Promise<Uint8Array>;
  /** How many cards are drawn at once: the drawing runs on libuv's thread pool. */
  concurrency?: number;
}

/**
 * Puts every card into the output: copied from the cache when a card of that name was
 * drawn before (by any build), else drawn, stored in the cache and copied. Returns how
 * many were drawn and how many reused.
 */
export async function writeCards(cards: readonly CardFile[], { cacheDir, outputDir, render, concurrency = 4 }: WriteCardsOptions): Promise<{ drawn: number; reused: number }> {
  const target = path.join(outputDir, CARD_FOLDER);
  await Promise.all([mkdir(target, { recursive: true }), mkdir(cacheDir, { recursive: true })]);
  const unique = [...new Map(cards.map((card) => [card.fileName, card])).values()];
  let drawn = 0;
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const card = unique[next++] as CardFile;
      const cached = path.join(cacheDir, card.fileName);
      if (!existsSync(cached)) {
        // Whole or not at all: an interrupted build never leaves a half-written
        // card that a later build would take as drawn.
        await writeFileWhole(cached, await render(card.content));
        drawn++;
      }
      await copyFile(cached, path.join(target, card.fileName));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { drawn, reused: unique.length - drawn };
}
