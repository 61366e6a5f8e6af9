import { describe, expect, it } from "vitest";
import { parseOnlyPagesWithImages } from "../../../lib/eleventy/images-plugin.ts";
import type { HtmlTransformContext, HtmlTransformer } from "../../../lib/eleventy/types.ts";

const IMAGE_TRANSFORM = { name: "eleventy-img" };

/** A transformer that records which pages reach the real transform, and marks them. */
function fakeTransformer({ plugins = [IMAGE_TRANSFORM], callbacks = (_context: HtmlTransformContext): object[] => [] } = {}) {
  const parsed: string[] = [];
  const transformer: HtmlTransformer = {
    plugins: { html: plugins },
    getCallbacks: (_extension, context) => callbacks(context),
    getPlugins: () => plugins,
    async transformContent(outputPath, content) {
      parsed.push(String(outputPath));
      return `${content}<!-- parsed -->`;
    },
  };
  parseOnlyPagesWithImages(transformer, new Set([IMAGE_TRANSFORM]));
  return { transformer, parsed };
}

describe("parseOnlyPagesWithImages", () => {
  it("passes a page without an image by, and parses one with an image", async () => {
    const { transformer, parsed } = fakeTransformer();
    expect(await transformer.transformContent("_site/a/index.html", "<p>Tekst</p>", { outputPath: "_site/a/index.html" })).toBe("<p>Tekst</p>");
    expect(await transformer.transformContent("_site/b/index.html", '<p><img src="x.png" alt=""></p>', { outputPath: "_site/b/index.html" })).toMatch(/parsed/);
    expect(parsed).toEqual(["_site/b/index.html"]);
  });

  it("parses every page when a URL callback is enabled for it (a path prefix, or a feed's base)", async () => {
    const { transformer, parsed } = fakeTransformer({ callbacks: (context) => (context.baseHref ? [{}] : []) });
    await transformer.transformContent("_site/a/index.html", "<p>Tekst</p>", { outputPath: "_site/a/index.html", baseHref: "https://example.org/" });
    expect(parsed).toEqual(["_site/a/index.html"]);
  });

  it("parses every page when another posthtml plugin is registered", async () => {
    const { transformer, parsed } = fakeTransformer({ plugins: [IMAGE_TRANSFORM, { name: "other" }] });
    await transformer.transformContent("_site/a/index.html", "<p>Tekst</p>", { outputPath: "_site/a/index.html" });
    expect(parsed).toEqual(["_site/a/index.html"]);
  });

  it("leaves other files to Eleventy's own rules", async () => {
    const { transformer, parsed } = fakeTransformer();
    await transformer.transformContent("_site/feed.xml", "<feed/>", { outputPath: "_site/feed.xml" });
    expect(parsed).toEqual(["_site/feed.xml"]);
  });
});
