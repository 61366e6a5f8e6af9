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
  /** A web address about the person. */
  url?: string;
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
  /** One or two sentences for listings and search results. */
  summary?: string;
  /** The meeting's mission in one sentence. */
  mission?: string;
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
    ...(post.summary === undefined ? {} : { summary: post.summary }),
    ...(post.tags.length > 0 ? { tags: post.tags } : {}),
    ...(post.draft ? { draft: true } : {}),
    ...(post.meeting === undefined ? {} : { meeting: post.meeting }),
    ...(post.mission === undefined ? {} : { mission: post.mission }),
    ...(post.speakers.length > 0 ? { speakers: post.speakers } : {}),
    ...(post.sdgs.length > 0 ? { sdgs: post.sdgs } : {}),
  };
}

// YAML comments: fields the command did not get, ready to fill in. Each line is
// the field exactly as it would read, with a # in front and nothing else, so that
// removing the # (as the guide says) leaves valid YAML at the right indentation.
// The example date is a placeholder only while commented out.
const FIELD_HINTS = {
  summary: '#summary: "Et kort resumé på en eller to sætninger til forsiden."',
  mission: '#mission: "Mødets mission i én sætning."',
  outcomes: [
    "#outcomes:",
    '#  summary: "Hvad mødet førte til, i en eller to sætninger."',
    "#  actions:",
    '#    - "En handling, mødet aftalte"',
    "#  deadline: 2019-12-20",
  ],
};

/** The hint lines for what the post leaves out. */
function frontMatterHints(post: NewPost): string[] {
  return [
    "# Fjern tegnet # (kun det, ikke mellemrummene efter det) foran de linjer, I udfylder. Se felterne i README.md.",
    ...(post.summary === undefined ? [FIELD_HINTS.summary] : []),
    ...(post.mission === undefined ? [FIELD_HINTS.mission] : []),
    ...FIELD_HINTS.outcomes,
  ];
}

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
  return ["---", frontMatter.trimEnd(), ...frontMatterHints(post), "---", "", ...BODY_TEMPLATE].join("\n");
}
