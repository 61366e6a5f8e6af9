import yaml from "js-yaml";
import { SDG_COUNT } from "../content/post-schema.ts";
import { postPath } from "../content/post-url.ts";
import { SUMMARY_WARNING_LENGTH } from "../content/warnings.ts";
import { slugifyDanish } from "../text/slug.ts";
import { SeededRandom } from "./random.ts";
import {
  CONTENT_WORDS,
  FIRST_NAMES,
  FUNCTION_WORDS,
  HEADINGS,
  LAST_NAMES,
  LINK_TARGETS,
  MEETING_KINDS,
  NETWORK,
  ORGANISATIONS,
  ROLES,
  TOPICS,
  VENUES,
} from "./vocabulary.ts";

/** The fewest and most words of running text in a generated post's body. */
export const BODY_WORDS = { min: 600, max: 900 } as const;

/** The years generated posts are dated in. */
export const CORPUS_YEARS = { first: 2015, last: 2025 } as const;

/** A file of the corpus: its path below the site root (forward slashes) and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** A generated post: its file, and the path the site publishes it at (`/2019/slug/`). */
export interface CorpusPost extends CorpusFile {
  urlPath: string;
}

/** A person who speaks or serves on task forces; the same person always has the same role. */
export interface CorpusPerson {
  name: string;
  role: string;
  organisation: string;
  url?: string;
}

export interface CorpusOptions {
  /** How many posts. */
  count: number;
  /** The same seed gives the same corpus, byte for byte. */
  seed: number;
}

/**
 * The words of Markdown text as a reader counts them: white-space separated
 * pieces holding a letter or digit, with link targets left out.
 * @example countWords("Se [mere her](https://example.dk/) nu.") // 4
 */
export function countWords(markdown: string): number {
  return markdown
    .replace(/\]\([^)]*\)/g, "]")
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** How many people a corpus of `count` posts draws its speakers and task forces from. */
export function peoplePoolSize(count: number): number {
  return Math.min(400, Math.max(20, Math.round(count / 4)));
}

/** A pool of distinct people with fixed roles, drawn from the seed. */
export function peoplePool(random: SeededRandom, size: number): CorpusPerson[] {
  const people = new Map<string, CorpusPerson>();
  while (people.size < size) {
    const lastNames = random.sample(LAST_NAMES, random.chance(0.4) ? 2 : 1);
    const name = [random.pick(FIRST_NAMES), ...lastNames].join(" ");
    if (people.has(name)) continue;
    const person: CorpusPerson = { name, role: random.pick(ROLES), organisation: random.pick(ORGANISATIONS) };
    if (random.chance(0.3)) person.url = `https://www.example.dk/personer/${slugifyDanish(name)}`;
    people.set(name, person);
  }
  return [...people.values()];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function words(random: SeededRandom, count: number): string {
  return Array.from({ length: count }, () => (random.chance(0.35) ? random.pick(FUNCTION_WORDS) : random.pick(CONTENT_WORDS))).join(" ");
}

function sentence(random: SeededRandom, min = 8, max = 18): string {
  const text = words(random, random.int(min, max));
  return `${capitalise(text)}${random.chance(0.1) ? "?" : "."}`;
}

/** A summary short enough to raise no warning in the build. */
function summary(random: SeededRandom): string {
  for (;;) {
    const text = sentence(random, 12, 24);
    if (text.length <= SUMMARY_WARNING_LENGTH) return text;
  }
}

/** The `YYYY-MM-DD` date `days` after `date` (UTC calendar arithmetic, no clock). */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The Markdown body: sections with headings, paragraphs, lists, links and names, of `target` words or a sentence more. */
function body(random: SeededRandom, target: number, people: readonly CorpusPerson[]): string {
  const blocks: string[] = [];
  let count = 0;
  const add = (block: string) => {
    blocks.push(block);
    count += countWords(block);
  };
  const headings = random.sample(HEADINGS, HEADINGS.length);
  let section = 0;
  while (count < target) {
    if (blocks.length > 0) add(`## ${headings[section % headings.length] ?? "Afsnit"}`);
    section += 1;
    for (let paragraph = random.int(1, 3); paragraph > 0 && count < target; paragraph -= 1) {
      const sentences: string[] = [];
      for (let i = random.int(3, 6); i > 0 && count < target; i -= 1) {
        let next = sentence(random);
        if (random.chance(0.15)) next = `${random.pickSkewed(people).name} ${words(random, random.int(5, 12))}.`;
        else if (random.chance(0.08)) next = `Læs [${words(random, random.int(2, 4))}](${random.pick(LINK_TARGETS)}) ${words(random, random.int(3, 8))}.`;
        sentences.push(next);
        count += countWords(next);
      }
      blocks.push(sentences.join(" "));
    }
    if (count < target && random.chance(0.5)) {
      const items = Array.from({ length: random.int(3, 5) }, () => `- ${capitalise(words(random, random.int(3, 6)))}`);
      add(items.join("\n"));
    }
  }
  return blocks.join("\n\n");
}

/** One post's front matter and body, as the secretariat would write it. */
function postFile(random: SeededRandom, serial: number, date: string, people: readonly CorpusPerson[]): CorpusPost {
  const topics = random.sample(TOPICS, random.int(1, 4));
  const title = `${random.pick(MEETING_KINDS)} nr. ${serial} om ${(topics[0] ?? "netværket").toLowerCase()}`;
  const venue = random.pick(VENUES);
  const start = random.pick([8 * 60 + 30, 9 * 60, 13 * 60, 15 * 60]);
  const front: Record<string, unknown> = {
    title,
    date,
    summary: summary(random),
    tags: topics,
    meeting: {
      date,
      start: clock(start),
      end: clock(start + random.pick([90, 120, 150, 180])),
      venue: { ...venue },
      network: NETWORK,
      host: random.chance(0.7) ? venue.name : random.pick(ORGANISATIONS),
    },
    mission: `At ${words(random, random.int(10, 20))}.`,
    speakers: random.sample(people, random.int(1, 4), (list) => random.pickSkewed(list)),
  };
  if (random.chance(0.8)) {
    front.outcomes = {
      summary: sentence(random),
      taskForce: random.sample(people, random.int(1, 4), (list) => random.pickSkewed(list)),
      actions: Array.from({ length: random.int(1, 4) }, () => capitalise(words(random, random.int(4, 9)))),
      deadline: addDays(date, random.int(30, 180)),
    };
  }
  front.sdgs = random.sample(Array.from({ length: SDG_COUNT }, (_, i) => i + 1), random.int(1, 3)).sort((a, b) => a - b);
  const target = random.int(BODY_WORDS.min, BODY_WORDS.max - 20);
  // Quoting every string keeps times ("08:30") and dates text for any YAML reader:
  // ours, Eleventy's defaults (js-yaml 3, which reads 08:30 as a number) and Hugo.
  const frontMatter = yaml.dump(front, { forceQuotes: true, quotingType: '"', lineWidth: -1, noRefs: true });
  return {
    path: `content/posts/${date.slice(0, 4)}/${date}-${slugifyDanish(title)}.md`,
    text: `---\n${frontMatter}---\n\n${body(random, target, people)}\n`,
    urlPath: postPath({ title, date }),
  };
}

/**
 * A deterministic corpus of `count` valid meeting posts dated over 2015-2025,
 * oldest first; the same options give byte-identical files.
 */
export function generateCorpus({ count, seed }: CorpusOptions): CorpusPost[] {
  const random = new SeededRandom(seed);
  const people = peoplePool(random, peoplePoolSize(count));
  const span = daysBetween(`${CORPUS_YEARS.first}-01-01`, `${CORPUS_YEARS.last}-12-31`);
  const dates = Array.from({ length: count }, () => addDays(`${CORPUS_YEARS.first}-01-01`, random.int(0, span))).sort();
  return dates.map((date, index) => postFile(random, index + 1, date, people));
}
