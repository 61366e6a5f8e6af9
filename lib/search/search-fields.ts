import type { PostFrontMatter } from "../content/post-schema.ts";
import { sdgName } from "../content/sdgs.ts";
import { yearOf } from "../dates/format.ts";

/** The kinds of indexed page, as the `type` filter shows them. */
export const PAGE_TYPES = { post: "møde", page: "side" } as const;

/** One search filter and its values for a page: `data-pagefind-filter="name"` once per value. */
export interface SearchFilter {
  name: string;
  values: string[];
}

/**
 * The search filters of a meeting post, in the order the search page shows them:
 * år (the post's year), person (speakers and task force, each once), organisation
 * (the organisations they came from), emne (tags),
 * verdensmål ("17 Partnerskaber for handling"), type ("møde").
 * @example searchFilters({ date: "2018-10-05", title: "…", sdgs: [17] })
 * // [{ name: "år", values: ["2018"] }, …, { name: "verdensmål", values: ["17 Partnerskaber for handling"] }, { name: "type", values: ["møde"] }]
 */
export function searchFilters(post: PostFrontMatter): SearchFilter[] {
  const participants = [...(post.speakers ?? []), ...(post.outcomes?.taskForce ?? [])];
  const people = participants.map((person) => person.name);
  const organisations = participants.flatMap((person) => (person.organisation === undefined ? [] : [person.organisation]));
  return [
    { name: "år", values: [String(yearOf(post.date))] },
    { name: "person", values: unique(people) },
    { name: "organisation", values: unique(organisations) },
    { name: "emne", values: unique(post.tags ?? []) },
    { name: "verdensmål", values: unique(post.sdgs ?? []).map((goal) => `${goal} ${sdgName(goal)}`) },
    { name: "type", values: [PAGE_TYPES.post] },
  ].filter((filter) => filter.values.length > 0);
}

/** The speakers' names as one line for a search result, e.g. "Jesper Bering Kristensen, Jon Kiellberg". */
export function speakerLine(post: PostFrontMatter): string {
  return unique((post.speakers ?? []).map((speaker) => speaker.name)).join(", ");
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
