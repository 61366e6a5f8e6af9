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
  // Validated YYYY-MM-DD dates sort as text; the collator only for a tie.
  if (a.data.date !== b.data.date) return a.data.date < b.data.date ? -1 : 1;
  return a.file.localeCompare(b.file);
}

/** listMentions' answer for each list of posts it was given: a build asks for the same list's mentions up to four times (people, organisations, their warnings). */
const mentionsOf = new WeakMap<readonly LoadedPost[], readonly Mention[]>();

/**
 * Every speaker and task-force member of the posts, oldest post first and in
 * the order each post lists them. Worked out once per list of posts.
 */
export function listMentions(posts: readonly LoadedPost[]): readonly Mention[] {
  let mentions = mentionsOf.get(posts);
  if (mentions === undefined) {
    mentions = mentionsIn(posts);
    mentionsOf.set(posts, mentions);
  }
  return mentions;
}

function mentionsIn(posts: readonly LoadedPost[]): Mention[] {
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

/** One use of a name in a post, oldest first, with what the index keeps of it there. */
export interface NameUseDetail<Detail> {
  name: string;
  post: LoadedPost;
  detail: Detail;
}

/** One distinct name: its unique slug and, newest first, each post that uses it with the details of its uses there. */
export interface NamedEntry<Detail> {
  name: string;
  slug: string;
  meetings: { post: LoadedPost; details: Detail[] }[];
}

/**
 * An entry per distinct name of `uses` (oldest first, as `listMentions` gives them), alphabetical
 * the Danish way: the people and the organisations. Names are never merged; names that would share
 * an address get distinct slugs (`fallback` for a name without letters), the oldest keeping the plain one.
 * @example indexByName([{ name: "Bo", post, detail: 1 }, { name: "Bo", post, detail: 2 }], "person") // [{ name: "Bo", slug: "bo", meetings: [{ post, details: [1, 2] }] }]
 */
export function indexByName<Detail>(uses: readonly NameUseDetail<Detail>[], fallback: string): NamedEntry<Detail>[] {
  const { slugs } = assignUniqueSlugs(uses.map((use) => use.name), fallback);
  const byName = new Map<string, NamedEntry<Detail>>();
  for (const use of uses) {
    let entry = byName.get(use.name);
    if (entry === undefined) {
      entry = { name: use.name, slug: slugs.get(use.name) ?? "", meetings: [] };
      byName.set(use.name, entry);
    }
    let meeting = entry.meetings.at(-1);
    if (meeting?.post !== use.post) {
      meeting = { post: use.post, details: [] };
      entry.meetings.push(meeting);
    }
    meeting.details.push(use.detail);
  }
  for (const entry of byName.values()) entry.meetings.reverse();
  return [...byName.values()].sort(byDanishName);
}

/**
 * The people of the given (published) posts: a person per distinct name, with
 * every meeting they spoke at or sat on the task force of. Names are never merged:
 * spelling variants are reported by `nameWarnings`, and names that would share an
 * address get distinct slugs.
 * @example buildPeopleIndex(posts).byName.get("Jon Kiellberg")?.slug // "jon-kiellberg"
 */
export function buildPeopleIndex(posts: readonly LoadedPost[]): PeopleIndex {
  const uses = listMentions(posts).map(({ name, post, capacity, role, organisation }): NameUseDetail<Contribution> => ({
    name,
    post,
    detail: { capacity, ...(role === undefined ? {} : { role }), ...(organisation === undefined ? {} : { organisation }) },
  }));
  const people = indexByName(uses, "person").map(({ name, slug, meetings }): Person => ({
    name,
    slug,
    meetings: meetings.map(({ post, details }) => ({ post, contributions: details })),
  }));
  return { people, byName: new Map(people.map((person) => [person.name, person])) };
}
