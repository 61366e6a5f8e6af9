import { tagWarnings } from "../listings/tags.ts";
import { nameWarnings } from "../people/name-warnings.ts";
import type { LoadedPost } from "./load-posts.ts";
import { bodyImages, imageLine } from "./post-images.ts";
import type { Problem } from "../validation/problems.ts";
import { withFieldPositions } from "../validation/schema-issues.ts";

/** A summary longer than this is cut off in listings and search results. */
export const SUMMARY_WARNING_LENGTH = 300;

/** A post whose summary is too long for listings, feeds and search results. */
function longSummary(post: LoadedPost): Problem[] {
  const length = post.data.summary?.length ?? 0;
  if (length <= SUMMARY_WARNING_LENGTH) return [];
  return [{
    file: post.file,
    field: "summary",
    message: `er ${length} tegn lang.`,
    hint: `Skriv et resumé på højst ${SUMMARY_WARNING_LENGTH} tegn; resten hører til i selve indlægget.`,
  }];
}

/** A meeting with nobody listed as speaker: usually forgotten, sometimes true. */
function meetingWithoutSpeakers(post: LoadedPost): Problem[] {
  if (post.data.meeting === undefined || (post.data.speakers?.length ?? 0) > 0) return [];
  return [{
    file: post.file,
    field: "speakers",
    message: "mangler: mødet har ingen oplægsholdere.",
    hint: "Skriv oplægsholderne under speakers med name, role og organisation. Havde mødet ingen, kan I se bort fra advarslen.",
  }];
}

/** An image without alt text says nothing to readers who cannot see it. */
function imagesWithoutAlt(post: LoadedPost): Problem[] {
  return bodyImages(post.body)
    .filter((image) => image.alt === "")
    .map((image) => ({
      file: post.file,
      ...imageLine(post, image),
      message: `Billedet "${image.src}" har ingen alt-tekst.`,
      hint: `Beskriv billedet mellem de firkantede parenteser, fx ![Deltagerne rundt om bordet](${image.src}).`,
    }));
}

/**
 * Everything worth fixing in valid posts that does not stop the build: shown by
 * `npm run build` and `npm run check`. First what concerns one post, in the order
 * of the posts; then names and tags spelt two ways across posts.
 */
export function collectWarnings(posts: readonly LoadedPost[]): Problem[] {
  const byFile = new Map(posts.map((post) => [post.file, post]));
  return withFieldPositions(
    [
      ...posts.flatMap((post) => [...longSummary(post), ...meetingWithoutSpeakers(post), ...imagesWithoutAlt(post)]),
      ...nameWarnings(posts),
      ...tagWarnings(posts),
    ],
    (file) => byFile.get(file)?.locate,
  );
}
