import type { LoadedPost } from "../content/load-posts.ts";
import { assignUniqueSlugs } from "../text/unique-slugs.ts";
import { byDanishName } from "../text/danish-order.ts";

/** How a person took part in a meeting. */
export type Capacity = "speaker" | "taskForce";

/** One mention of a person in a post's front matter. */
export interface Mention {
  name: string;
  capacity: Capacity;
  role?: string;
  organisation?: string;
  post: LoadedPost;
  /** Where the name stands, e.g. `speakers[0].name`, for messages. */
  field: string;
}

/** What a person did at one meeting, with role and organisation as that post gives them. */
export interface Contribution {
  capacity: Capacity;
  role?: string;
  organisation?: string;
}

/** One meeting (post) a person took part in. */
export interface PersonMeeting {
  post: LoadedPost;
  contributions: Contribution[];
}

/** A person: one distinct name across the posts. */
export interface Person {
  name: string;
  /** Unique among all people: `slugifyDanish(name)`, with "-2" … when two names share it. */
  slug: string;
  /** Newest first. */
  meetings: PersonMeeting[];
}

export interface PeopleIndex {
  /** Alphabetical, the Danish way (æ, ø, å last; "Aa" as "Å"). */
  people: Person[];
  /** Each person by their name exactly as written. */
  byName: Map<string, Person>;
}

/**
 * Oldest first, by post date, then file: the order in which names "arrived", which
 * decides who keeps the plain slug when two names share one.
 */
function chronological(a: LoadedPost, b: LoadedPost): number {
  return a.data.date.localeCompare(b.data.date) || a.file.localeCompare(b.file);
}

/**
 * Every speaker and task-force member of the posts, oldest post first and in
 * the order each post lists them.
 */
export function listMentions(posts: readonly LoadedPost[]): Mention[] {
  return [...posts].sort(chronological).flatMap((post) => [
    ...(post.data.speakers ?? []).map((person, index): Mention => ({
      ...person,
      capacity: "speaker",
      post,
      field: `speakers[${index}].name`,
    })),
    ...(post.data.outcomes?.taskForce ?? []).map((person, index): Mention => ({
      ...person,
      capacity: "taskForce",
      post,
      field: `outcomes.taskForce[${index}].name`,
    })),
  ]);
}

/**
 * The people of the given (published) posts: a person per distinct name, with
 * every meeting they spoke at or sat on the task force of. Names are never merged:
 * spelling variants are reported by `nameWarnings`, and names that would share an
 * address get distinct slugs.
 * @example buildPeopleIndex(posts).byName.get("Jon Kiellberg")?.slug // "jon-kiellberg"
 */
export function buildPeopleIndex(posts: readonly LoadedPost[]): PeopleIndex {
  const mentions = listMentions(posts);
  const { slugs } = assignUniqueSlugs(mentions.map((mention) => mention.name), "person");
  const byName = new Map<string, Person>();
  for (const mention of mentions) {
    let person = byName.get(mention.name);
    if (person === undefined) {
      person = { name: mention.name, slug: slugs.get(mention.name) ?? "", meetings: [] };
      byName.set(mention.name, person);
    }
    let meeting = person.meetings.at(-1);
    if (meeting?.post !== mention.post) {
      meeting = { post: mention.post, contributions: [] };
      person.meetings.push(meeting);
    }
    const { capacity, role, organisation } = mention;
    meeting.contributions.push({ capacity, ...(role === undefined ? {} : { role }), ...(organisation === undefined ? {} : { organisation }) });
  }
  for (const person of byName.values()) person.meetings.reverse();
  const people = [...byName.values()].sort(byDanishName);
  return { people, byName };
}
