import { postPath } from "../content/post-url.ts";
import type { PostFrontMatter } from "../content/post-schema.ts";
import { dumpYaml } from "../content/yaml-text.ts";
import { yearOf } from "../dates/format.ts";
import { slugifyDanish } from "../text/slug.ts";

/** A person as the new-post command asks for them. */
export interface PersonAnswer {
  name: string;
  role?: string;
  organisation?: string;
}

/** Everything the new-post command asks for, before it becomes front matter. */
export interface NewPost {
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  meeting?: {
    date: string;
    start?: string;
    end?: string;
    venue?: { name: string; address?: string };
  };
  speakers: PersonAnswer[];
  tags: string[];
  sdgs: number[];
  draft: boolean;
}

/** Where the new post goes: below the repository root, and its address on the site. */
export interface PostLocation {
  /** e.g. `content/posts/2019/2019-03-01-morgenmoede.md` */
  file: string;
  /** e.g. `/2019/morgenmoede/` */
  urlPath: string;
}

/**
 * The file and the address of a new post: `content/posts/<year>/<date>-<slug>.md`,
 * published at `/<year>/<slug>/`.
 * @example postLocation({ title: "Morgenmøde", date: "2019-03-01" }).file // "content/posts/2019/2019-03-01-morgenmoede.md"
 */
export function postLocation(post: Pick<NewPost, "title" | "date">, postsFolder = "content/posts"): PostLocation {
  return {
    file: `${postsFolder}/${yearOf(post.date)}/${post.date}-${slugifyDanish(post.title)}.md`,
    urlPath: postPath(post),
  };
}

/** The answers as front matter, in the guide's order, leaving out what is empty. */
export function frontMatterOf(post: NewPost): PostFrontMatter {
  return {
    title: post.title,
    date: post.date,
    ...(post.tags.length > 0 ? { tags: post.tags } : {}),
    ...(post.draft ? { draft: true } : {}),
    ...(post.meeting === undefined ? {} : { meeting: post.meeting }),
    ...(post.speakers.length > 0 ? { speakers: post.speakers } : {}),
    ...(post.sdgs.length > 0 ? { sdgs: post.sdgs } : {}),
  };
}

// YAML comments: fields the command does not ask for, ready to fill in. The
// example date is a placeholder only while commented out.
const FRONT_MATTER_HINTS = [
  "# Fjern # foran de linjer, I udfylder. Se felterne i README.md.",
  '# summary: "Et kort resumé på en eller to sætninger til forsiden."',
  '# mission: "Mødets mission i én sætning."',
  "# outcomes:",
  '#   summary: "Hvad mødet førte til, i en eller to sætninger."',
  "#   actions:",
  '#     - "En handling, mødet aftalte"',
  "#   deadline: 2019-12-20",
];

// `[//]: # (…)` is a Markdown link definition nobody links to: it is never shown,
// so the hints can stay if forgotten (raw HTML comments are off in this site).
const BODY_TEMPLATE = [
  "## Om mødet",
  "",
  "[//]: # (Skriv her, hvad der skete på mødet. Denne linje vises ikke på siden.)",
  "",
  "## Fra ord til handling",
  "",
  "[//]: # (Skriv her, hvad mødet førte til. Denne linje vises ikke på siden.)",
  "",
];

/**
 * The new post's file: front matter written by `dumpYaml` (every text quoted, the
 * core schema the build reads with), commented hints for the fields not asked
 * for, and placeholder headings for the text.
 */
export function renderPostFile(post: NewPost): string {
  const frontMatter = dumpYaml(frontMatterOf(post));
  return ["---", frontMatter.trimEnd(), ...FRONT_MATTER_HINTS, "---", "", ...BODY_TEMPLATE].join("\n");
}
