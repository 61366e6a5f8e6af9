import { formatLongDate } from "../dates/format.ts";
import type { PostFrontMatter } from "../content/post-schema.ts";

/** The most speakers a card names; more would crowd the title. */
export const CARD_SPEAKER_LIMIT = 3;

/** What a share card shows: plain strings, so the card (and its cache key) follows from them alone. */
export interface ShareCardContent {
  /** The site's name, e.g. "CSR Forum", at the card's top. */
  site: string;
  /** The network's name, beside the site's. */
  network: string;
  title: string;
  /** The meeting's date and venue, e.g. "fredag den 5. oktober 2018 · Frivilligcenter Vesterbro"; empty for a site card. */
  facts: string;
  /** Up to three speakers' names, and how many more there were. */
  speakers: string[];
  moreSpeakers: number;
}

/**
 * The card of a post: its title, the meeting's date (else the post's) and venue, and its first
 * speakers.
 * @example postCardContent(post.data, { title: "CSR Forum", network: "…" }, "Europe/Copenhagen").facts
 *   // "fredag den 5. oktober 2018 · Frivilligcenter Vesterbro/Kgs. Enghave/Valby"
 */
export function postCardContent(post: PostFrontMatter, site: { title: string; network: string }, zone: string): ShareCardContent {
  const date = formatLongDate(post.meeting?.date ?? post.date, zone);
  const venue = post.meeting?.venue?.name;
  const speakers = (post.speakers ?? []).map((speaker) => speaker.name);
  return {
    site: site.title,
    network: site.network,
    title: post.title,
    facts: venue === undefined ? date : `${date} · ${venue}`,
    speakers: speakers.slice(0, CARD_SPEAKER_LIMIT),
    moreSpeakers: Math.max(0, speakers.length - CARD_SPEAKER_LIMIT),
  };
}

/** The one card of every page that is not a post: the site's name and description. */
export function siteCardContent(site: { title: string; network: string; description: string }): ShareCardContent {
  return { site: site.title, network: site.network, title: site.description, facts: "", speakers: [], moreSpeakers: 0 };
}
