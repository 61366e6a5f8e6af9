import type { LoadedPost } from "../content/load-posts.ts";
import type { Problem } from "../validation/problems.ts";
import { organisationPath } from "../listings/routes.ts";
import { type NameUse, spellingWarnings } from "../people/name-warnings.ts";
import { type Capacity, type NameUseDetail, indexByName, listMentions } from "../people/people-index.ts";

/** Someone from the organisation at one meeting, with what they did there. */
export interface OrganisationMember {
  name: string;
  capacity: Capacity;
  role?: string;
}

/** One meeting someone from the organisation spoke at or sat on the task force of. */
export interface OrganisationMeeting {
  post: LoadedPost;
  /** In the order the post lists them: speakers first, then the task force. */
  members: OrganisationMember[];
}

/** An organisation: one distinct name, as people's `organisation` fields give it. */
export interface Organisation {
  name: string;
  /** Unique among organisations: `slugifyDanish(name)`, with "-2" … when two names share it. */
  slug: string;
  /** Newest first. */
  meetings: OrganisationMeeting[];
}

export interface OrganisationIndex {
  /** Alphabetical, the Danish way, like the people. */
  organisations: Organisation[];
  /** Each organisation by its name exactly as written. */
  byName: Map<string, Organisation>;
}

/** One person's `organisation` field in a post: the organisation's name there, and who it was. */
interface OrganisationUse extends NameUse, NameUseDetail<OrganisationMember> {}

/** Every person's organisation in the posts, oldest post first, in the order each post lists them. */
function organisationUses(posts: readonly LoadedPost[]): OrganisationUse[] {
  return listMentions(posts).flatMap(({ organisation, name, capacity, role, post, field }): OrganisationUse[] =>
    organisation === undefined
      ? []
      : [{ name: organisation, post, field: field.replace(/\.name$/, ".organisation"), detail: { name, capacity, ...(role === undefined ? {} : { role }) } }],
  );
}

/**
 * The organisations of the given (published) posts: one per distinct name in people's
 * `organisation` fields, with every meeting someone from it spoke at or sat on the task
 * force of, newest first. Names are never merged: spelling variants are reported by
 * `organisationWarnings`, and names that would share an address get distinct slugs.
 * @example buildOrganisationIndex(posts).byName.get("IBM Danmark")?.slug // "ibm-danmark"
 */
export function buildOrganisationIndex(posts: readonly LoadedPost[]): OrganisationIndex {
  const organisations = indexByName(organisationUses(posts), "organisation").map(({ name, slug, meetings }): Organisation => ({
    name,
    slug,
    meetings: meetings.map(({ post, details }) => ({ post, members: details })),
  }));
  return { organisations, byName: new Map(organisations.map((organisation) => [organisation.name, organisation])) };
}

/**
 * Organisations' names the secretariat probably meant to write alike, in Danish:
 * "IBM Danmark" and "IBM  danmark", naming both files.
 */
export function organisationWarnings(posts: readonly LoadedPost[]): Problem[] {
  return spellingWarnings(organisationUses(posts), {
    pagePath: organisationPath,
    theName: "organisationens navn",
    twoDifferent: "to forskellige organisationer",
    hint: "Er det den samme organisation, så skriv navnet ens alle steder.",
  });
}
