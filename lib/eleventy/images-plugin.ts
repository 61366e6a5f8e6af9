import path from "node:path";
import type { ImageHtmlObject, ImageOptions } from "@11ty/eleventy-img";
import posthtml, { type Node as HtmlNode } from "posthtml";
import type { EleventyConfig, EleventyPage } from "./types.ts";

/** The widths, in pixels, each image is made in (never wider than the original). */
export const IMAGE_WIDTHS = [480, 960, 1440];

const OPTIONS: ImageOptions = {
  formats: ["avif", "webp", "auto"],
  widths: IMAGE_WIDTHS,
  htmlOptions: {
    imgAttributes: {
      loading: "lazy",
      decoding: "async",
      // The post body is at most --measure wide (about 40rem).
      sizes: "(min-width: 42rem) 40rem, 100vw",
    },
  },
};

/** The page whose images are made: where its text came from, where it is written and its address. */
type ImagePage = Pick<EleventyPage, "inputPath" | "outputPath" | "url">;

/**
 * Optimises every image a post or standing page shows, at build time: the
 * `pictures` filter, applied to rendered Markdown by the layouts and the feeds,
 * turns each `<img>` into a `<picture>` with AVIF and WebP sources and the
 * original format as fallback, in several widths, with width and height set (no
 * layout shift) and lazy loading, written beside the page that shows it.
 *
 * A filter rather than eleventy-img's HTML transform: that transform makes
 * Eleventy parse and re-serialise every page (about a millisecond and a copy of
 * the page each), although only post bodies can hold an image, and a transform
 * of our own would run after Eleventy's HTML transformer, too late for the HTML
 * base plugin to put the path prefix (or, in the feeds, the origin) before the
 * images' addresses. The filter runs where the images are, before either. It
 * builds the markup as eleventy-img's transform does (its `generateObject`,
 * serialised by posthtml), so the output is the same. `loadSite` has already
 * checked that every image exists, so a failure here is unexpected and stops
 * the build.
 */
export function imagesPlugin(config: EleventyConfig): void {
  let directories = config.directories;
  config.on("eleventy.before", (args) => {
    directories = args.directories;
  });
  config.addFilter("pictures", async (html: string, page: ImagePage) => {
    // Our HTML is written by our templates and markdown-it, in lower case; a plain
    // search is much quicker than parsing a body that has no image (nearly all).
    if (!html.includes("<img")) return html;
    const result = await posthtml([pictureTree(page, directories)]).process(html);
    return result.html;
  });
}

/** A posthtml plugin replacing every `<img>` with the `<picture>` of its optimised files. */
function pictureTree(page: ImagePage, directories: { input: string; output: string }) {
  return async (tree: posthtml.Node) => {
    const pending: Array<Promise<void>> = [];
    tree.match({ tag: "img" }, (node) => {
      pending.push(replaceWithPicture(node, page, directories));
      return node;
    });
    await Promise.all(pending);
    return tree;
  };
}

async function replaceWithPicture(node: HtmlNode, page: ImagePage, directories: { input: string; output: string }): Promise<void> {
  const attributes = { ...(node.attrs as Record<string, string>) };
  const src = attributes.src;
  if (src === undefined) return;
  // Loaded with the first image: eleventy-img (and sharp) took ~0.17 s of every
  // build's start, and most builds have no post image to process.
  const { default: image } = await import("@11ty/eleventy-img");
  const metadata = await image(sourcePath(src, page, directories.input), { ...OPTIONS, ...outputLocation(src, page, directories.output) });
  const replacement = toPosthtmlNode(image.generateObject(metadata, { ...attributes, src: sourcePath(src, page, directories.input) }, {}, OPTIONS));
  node.tag = replacement.tag;
  node.attrs = replacement.attrs;
  node.content = replacement.content as HtmlNode["content"];
}

/** The image file: beside the page's source for a relative address, else below the input folder. */
function sourcePath(src: string, page: ImagePage, input: string): string {
  const file = decodeURIComponent(src);
  return path.isAbsolute(file) ? path.join(input, file) : path.join(path.dirname(page.inputPath), file);
}

/** Where the files go and their address: beside the page, or in /img/ for an image named from the input folder. */
function outputLocation(src: string, page: ImagePage, output: string): { outputDir: string; urlPath: string } {
  if (path.isAbsolute(src)) return { outputDir: path.join(output, "/img/"), urlPath: "/img/" };
  if (page.outputPath === false || page.url === false) throw new Error(`An image on a page that is not written: ${page.inputPath}`);
  return { outputDir: path.dirname(page.outputPath), urlPath: page.url };
}

/** An element as posthtml renders it. */
interface PlainNode {
  tag: string;
  attrs: Record<string, string>;
  content?: PlainNode[];
}

/** eleventy-img's object form of the markup as a posthtml node. */
function toPosthtmlNode(object: ImageHtmlObject): PlainNode {
  const [tag = "img"] = Object.keys(object);
  const { "@children": children, ...attrs } = object[tag] ?? {};
  return {
    tag,
    attrs: attrs as Record<string, string>,
    ...(Array.isArray(children) ? { content: (children as ImageHtmlObject[]).filter(Boolean).map(toPosthtmlNode) } : {}),
  };
}
