import type { LoadedPost } from "./load-posts.ts";
import { bodyImages, imageLine } from "./post-images.ts";
import type { Problem } from "../validation/problems.ts";

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

/** A post without a summary: listings, feeds and search results have nothing to show under its title. */
function missingSummary(post: LoadedPost): Problem[] {
  if (post.data.summary !== undefined) return [];
  return [{
    file: post.file,
    field: "summary",
    message: "mangler: indlægget har intet resumé til forsiden, nyhedsfeeds og søgeresultater.",
    hint: 'Skriv et resumé på en eller to sætninger, fx summary: "Netværket satte frivillighed på dagsordenen."',
  }];
}

/** A line of a body as the text warnings see it. */
type BodyLine = { kind: "heading"; text: string; line: number } | { kind: "text" } | { kind: "nothing" };

/**
 * The body's lines: headings (`## …`), text, and what shows nothing on the page
 * (blank lines and the template's `[//]: # (…)` notes). Read line by line, not
 * parsed: this runs for every post on every build. Lines in a fenced code block
 * are text.
 */
function bodyLines(body: string, firstLine: number): BodyLine[] {
  let fenced = false;
  return body.split(/\r?\n/).map((raw, index): BodyLine => {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      fenced = !fenced;
      return { kind: "text" };
    }
    if (fenced) return { kind: "text" };
    if (line === "" || /^\[\/\/\]: #/.test(line)) return { kind: "nothing" };
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    return heading === null ? { kind: "text" } : { kind: "heading", text: heading[1] ?? "", line: firstLine + index };
  });
}

/**
 * A body with no text yet (empty, or only the headings and notes of the new-post
 * template), and two headings with nothing between them.
 */
function bodyWithoutText(post: LoadedPost): Problem[] {
  const lines = bodyLines(post.body, post.bodyLine ?? 1);
  const at = post.bodyLine === undefined ? {} : { line: post.bodyLine };
  if (!lines.some((line) => line.kind === "text")) {
    return [{
      file: post.file,
      ...at,
      message: "Indlægget har ingen tekst endnu, kun overskrifter eller hjælpetekst.",
      hint: "Skriv teksten under overskrifterne (linjerne, der begynder med [//]: #, vises ikke og kan slettes).",
    }];
  }
  const problems: Problem[] = [];
  const shown = lines.filter((line) => line.kind !== "nothing");
  for (const [index, line] of shown.entries()) {
    const next = shown[index + 1];
    if (line.kind === "heading" && next?.kind === "heading") {
      problems.push({
        file: post.file,
        line: line.line,
        message: `Overskriften "${line.text}" har ingen tekst under sig, før overskriften "${next.text}".`,
        hint: "Skriv tekst under overskriften, eller slet den.",
      });
    }
  }
  return problems;
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
 * What is worth fixing in each valid post, in the order of the posts, and does
 * not stop the build. The warnings across posts (names and tags spelt two ways)
 * are gathered with these where the site is loaded (`loadSite`).
 */
export function postWarnings(posts: readonly LoadedPost[]): Problem[] {
  return posts.flatMap((post) => {
    let warnings = warningsByRead.get(post);
    if (warnings === undefined) {
      warnings = [...missingSummary(post), ...longSummary(post), ...meetingWithoutSpeakers(post), ...bodyWithoutText(post), ...imagesWithoutAlt(post)];
      warningsByRead.set(post, warnings);
    }
    return warnings;
  });
}

/** Each post's warnings, by the read of its file: the dev server keeps an unchanged file's read between rebuilds. */
const warningsByRead = new WeakMap<LoadedPost, readonly Problem[]>();
