import path from "node:path";
import { statIfPresent } from "../files/missing-ok.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import type { LoadedPost } from "./load-posts.ts";
import type { Problem } from "../validation/problems.ts";

/** An image a post's Markdown body shows: `![alt](src)`. */
export interface BodyImage {
  /** The address as written (markdown-it percent-encodes it; this is decoded back). */
  src: string;
  /** The alt text as written; empty when there is none. */
  alt: string;
  /** 1-based line within the body. */
  bodyLine: number;
}

const markdown = createMarkdown();

/**
 * Every image in a Markdown body, in order.
 * @example bodyImages("![Et billede](billede.jpg)") // [{ src: "billede.jpg", alt: "Et billede", bodyLine: 1 }]
 */
export function bodyImages(body: string): BodyImage[] {
  // Every image, inline or by reference, is written with "![": a body without one
  // (most posts) needs no Markdown parse, which was a quarter of validating a post.
  if (!body.includes("![")) return [];
  return markdown.parse(body, {}).flatMap((block) =>
    (block.children ?? [])
      .filter((token) => token.type === "image")
      .map((token) => ({
        src: safeDecode(token.attrGet("src") ?? ""),
        alt: token.content.trim(),
        bodyLine: (block.map?.[0] ?? 0) + 1,
      })),
  );
}

/** The line of the file an image of the body is on, when the post knows where its body starts. */
export function imageLine(post: Pick<LoadedPost, "bodyLine">, image: BodyImage): { line?: number } {
  return post.bodyLine === undefined ? {} : { line: post.bodyLine + image.bodyLine - 1 };
}

function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** An address on another site (or protocol-relative): the build cannot and may not fetch it. */
function isRemote(src: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//");
}

async function exists(file: string): Promise<boolean> {
  return (await statIfPresent(file)) !== undefined;
}

/**
 * Images the build could not optimise: on another site (the site's security policy
 * only shows its own images, and the build does not download) or missing from the
 * folder. A relative address is read beside the post, a root-relative one
 * (`/billeder/x.jpg`) from the input folder, as the image optimiser reads them.
 */
export async function imageProblems(inputDir: string, posts: readonly LoadedPost[]): Promise<Problem[]> {
  const checks = posts.flatMap((post) =>
    bodyImages(post.body).map(async (image): Promise<Problem | undefined> => {
      if (image.src.startsWith("data:")) return undefined;
      if (isRemote(image.src)) {
        return {
          file: post.file,
          ...imageLine(post, image),
          message: `Billedet "${image.src}" ligger på en anden hjemmeside, og siden viser kun sine egne billeder.`,
          hint: "Gem billedet i mappen ved siden af indlægget, og skriv kun filnavnet, fx ![Beskrivelse af billedet](billede.jpg).",
        };
      }
      const target = image.src.startsWith("/")
        ? path.join(inputDir, image.src)
        : path.resolve(path.dirname(post.absolutePath), image.src);
      if (await exists(target)) return undefined;
      return {
        file: post.file,
        ...imageLine(post, image),
        message: `Billedet "${image.src}" findes ikke i mappen ved siden af indlægget.`,
        hint: "Læg billedfilen i samme mappe som indlægget, og tjek at navnet er stavet ens (også store og små bogstaver).",
      };
    }),
  );
  return (await Promise.all(checks)).filter((problem) => problem !== undefined);
}
