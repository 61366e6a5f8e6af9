import path from "node:path";
import type { BuildMeasures } from "../build/timings.ts";
import type { LoadedPost } from "../content/load-posts.ts";
import { type CardFile, cardAltText, cardPath, writeCards } from "../share-card/card-files.ts";
import { CARD_HEIGHT, CARD_WIDTH, cardFonts, renderCardPng } from "../share-card/render-card.ts";
import type { SiteState } from "../site/site-state.ts";
import type { EleventyConfig } from "./types.ts";

/** Where drawn cards are kept between builds, relative to the working folder (like eleventy-img's `.cache`). */
export const CARD_CACHE_DIR = ".cache/share-cards";

export interface ShareCardsPluginOptions {
  state: SiteState;
  /** Where a production build reports how many cards it drew; standard output unless given. Silent in quiet mode. */
  log?: (line: string) => void;
  /** Where a production build's timings get the cards' count and time (`npm run build -- --timings`). */
  measures?: BuildMeasures;
}

/** What `base.njk` puts in `og:image`: the card's site path, size and alt text. */
export interface ShareImage {
  path: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * Link-preview cards (`og:image`): the `shareImage` filter gives a page its card (a post's
 * own, else the site's), and a production build writes every card into
 * `<output>/delingsbilleder/`. Cards are drawn from the first moment the site is
 * validated, while Eleventy renders the pages, and only those not already in
 * `.cache/share-cards/`; the build waits for them at its end. The dev server draws none.
 */
export function shareCardsPlugin(config: EleventyConfig, { state, log = (line) => console.log(line), measures }: ShareCardsPluginOptions): void {
  // The output folder of a production build writing files; undefined for any other run.
  let outputDir: string | undefined;
  let drawing: Promise<{ drawn: number; reused: number }> | undefined;
  let drawingStarted = 0;
  // Eleventy runs the eleventy.before handlers side by side, so the site may not be
  // validated yet there: drawing starts with the first page that asks for its card.
  const startDrawing = () => {
    if (outputDir === undefined || drawing !== undefined) return;
    const { posts, site } = state.shareCards;
    drawingStarted = performance.now();
    const fonts = cardFonts();
    drawing = writeCards([...posts.values(), site], {
      cacheDir: path.resolve(CARD_CACHE_DIR),
      outputDir,
      render: (content) => renderCardPng(content, fonts),
    });
    // Awaited in eleventy.after; until then a failure must not count as unhandled.
    drawing.catch(() => undefined);
  };

  config.on("eleventy.before", ({ directories, outputMode, runMode }) => {
    drawing = undefined;
    outputDir = outputMode === "fs" && runMode === "build" ? directories.output : undefined;
  });

  config.addFilter("shareImage", (post: LoadedPost | undefined): ShareImage => {
    startDrawing();
    const { posts, site } = state.shareCards;
    const card: CardFile = (post === undefined ? undefined : posts.get(post.urlPath)) ?? site;
    return { path: cardPath(card.fileName), width: CARD_WIDTH, height: CARD_HEIGHT, alt: cardAltText(card.content) };
  });

  // Side by side with the search index (Eleventy runs eleventy.after handlers in parallel).
  config.on("eleventy.after", async () => {
    startDrawing();
    if (drawing === undefined) return;
    const { drawn, reused } = await drawing;
    if (measures !== undefined) Object.assign(measures, { shareCardsMs: performance.now() - drawingStarted, shareCardsDrawn: drawn, shareCardsReused: reused });
    if (config.quietMode !== true) log(`Delingsbilleder: ${drawn} tegnet, ${reused} genbrugt`);
  });
}
