import { readFile } from "node:fs/promises";
import path from "node:path";
import { rememberedLast } from "../cache/remembered.ts";
import type { LoadedPost } from "../content/load-posts.ts";
import { postFacts } from "../content/post-facts.ts";
import { meetingActivityId, unlinkedMeetings } from "../calendar/post-meetings.ts";
import { activityIcsPath, calendarFeedPath, calendarPath } from "../calendar/routes.ts";
import { decapFiles } from "../cms/decap-files.ts";
import { ADMIN_SCRIPT_NAME, adminFilePath } from "../cms/names.ts";
import { entriesIfPresent } from "../files/missing-ok.ts";
import { homePageCount } from "../listings/home-pages.ts";
import { homePagePath, organisationPath, personPath, topicPath } from "../listings/routes.ts";
import { buildTagIndex } from "../listings/tags.ts";
import { buildOrganisationIndex } from "../organisations/organisation-index.ts";
import { buildPeopleIndex } from "../people/people-index.ts";
import { type Problem, repositoryPath } from "../validation/problems.ts";
import { parseYamlValue } from "../validation/yaml-source.ts";
import type { LoadedSite } from "./load-site.ts";

// Two sources writing one file would make Eleventy stop with its English
// DuplicatePermalinkOutputError. Every address the validated site will write is
// listed here with its source, so a clash is a Danish content error instead,
// found before Eleventy starts.

/**
 * The templates of the files the site generates at fixed addresses (feeds,
 * sitemap, robots.txt, `_headers`). Plain template files, registered with
 * Eleventy by `lib/eleventy/generated-templates.ts`; read here for their addresses.
 */
export const GENERATED_TEMPLATES_DIR = path.resolve(import.meta.dirname, "../eleventy/templates/meta");

/**
 * The editor's templates (its page and config.yml), registered with Eleventy by
 * `lib/eleventy/cms-plugin.ts`; read here for their addresses.
 */
export const EDITOR_TEMPLATES_DIR = path.resolve(import.meta.dirname, "../eleventy/templates/admin");

/** The kinds of file Eleventy renders from the input folder (.eleventy.ts gives it this list). */
export const TEMPLATE_FORMATS = ["md", "njk"] as const;

/** One address the build writes, and the source that asks for it. */
export interface PlannedOutput {
  /** The address on the site, e.g. "/2019/morgenmoede/" or "/kalender/2019/morgenmoede.ics". */
  url: string;
  /** The file that asks for it, repository-relative: what the problem names. */
  file: string;
  field?: string;
  /** The source in a few Danish words, naming its file: `indlægget content/posts/2019/x.md`. */
  label: string;
  /** How to give this source another address, in Danish. */
  hint: string;
  /** A file the site generates itself (the feeds, the sitemap): named in others' problems, never given one. */
  generated?: boolean;
}

/** The file an address is written to: "/arkiv/" and "/arkiv/index.html" are one file. */
function outputFile(url: string): string {
  const clean = `/${url.replace(/^\/+/, "")}`;
  return clean.endsWith("/") ? `${clean}index.html` : clean;
}

/**
 * A problem for every source whose address another source also asks for, each
 * naming the others; none when every address is written once.
 */
export function outputClashes(outputs: readonly PlannedOutput[]): Problem[] {
  const byFile = new Map<string, PlannedOutput[]>();
  for (const output of outputs) {
    const key = outputFile(output.url);
    byFile.set(key, [...(byFile.get(key) ?? []), output]);
  }
  return [...byFile.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.filter((output) => output.generated !== true).map((output): Problem => {
        const others = group.filter((other) => other !== output).map((other) => other.label);
        return {
          file: output.file,
          ...(output.field === undefined ? {} : { field: output.field }),
          message: `giver samme adresse (${output.url}) som ${others.join(" og ")}.`,
          hint: output.hint,
        };
      }),
    )
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Every address the validated site's data makes: the posts, the person, organisation and topic
 * pages, the home page's pages, and each calendar's page, feed and activity files. Drafts and scheduled
 * posts count too, so a post clashes the day it is written, not the day it is
 * published, and a page clashes with the home page's page 3 before the post that makes it is published.
 */
export function dataOutputs(site: Pick<LoadedSite, "posts" | "calendars">): PlannedOutput[] {
  return [...postOutputs(site.posts), ...homePageOutputs(site.posts.length), ...calendarOutputs(site)];
}

/** The home page's pages for `postCount` posts: "/", then "/side/2/" and on (lib/listings/home-pages.ts). */
function homePageOutputs(postCount: number): PlannedOutput[] {
  return Array.from({ length: homePageCount(postCount) }, (_, index): PlannedOutput => {
    const url = homePagePath(index + 1);
    return { url, file: url, label: index === 0 ? "forsiden" : `forsidens side ${index + 1}`, hint: "", generated: true };
  });
}

/**
 * The addresses made from the posts' front matter: the posts' own, and the
 * person, organisation and topic pages. Remembered for the same posts: the dev
 * server asks again on every rebuild, mostly after an edit to one post's text.
 */
const postOutputs = rememberedLast(postFacts, (postsRead: readonly LoadedPost[]): PlannedOutput[] => {
  const posts = postsRead.map((post) => ({
    url: post.urlPath,
    file: post.file,
    field: "title",
    label: `indlægget ${post.file}`,
    hint: "Giv indlægget en anden titel.",
  }));
  // A page made from a name in the posts, named after the latest post that uses it.
  const namePage = (url: string, page: string, name: string, file = "") => ({
    url,
    file,
    label: `${page} for "${name}" fra ${file}`,
    hint: "Giv den anden side en anden adresse.",
  });
  const people = buildPeopleIndex(postsRead).people.map((person) =>
    namePage(personPath(person.slug), "personsiden", person.name, person.meetings.at(-1)?.post.file),
  );
  const organisations = buildOrganisationIndex(postsRead).organisations.map((organisation) =>
    namePage(organisationPath(organisation.slug), "organisationssiden", organisation.name, organisation.meetings.at(-1)?.post.file),
  );
  const topics = buildTagIndex(postsRead).tags.map((tag) => namePage(topicPath(tag.slug), "emnesiden", tag.name, tag.posts.at(-1)?.file));
  return [...posts, ...people, ...organisations, ...topics];
});

/** The addresses of each calendar's page, feed and activity files, and of the posts' meetings in it. */
function calendarOutputs(site: Pick<LoadedSite, "posts" | "calendars">): PlannedOutput[] {
  return site.calendars.flatMap((calendar) => {
    const { year, file } = calendar;
    const label = `aktivitetskalenderen ${file}`;
    const hint = "Giv den anden side en anden adresse.";
    // An undated entry writes no file, but its id is taken on the page all the same.
    const entries = calendar.activities.map((activity, index) => ({
      url: activityIcsPath(year, activity.id),
      file,
      field: `activities[${index}].id`,
      label: `aktiviteten "${activity.id}" i ${file}`,
      hint: "Giv aktiviteten et andet id.",
    }));
    const meetings = unlinkedMeetings(year, calendar.activities, site.posts).map((post) => ({
      url: activityIcsPath(year, meetingActivityId(post)),
      file: post.file,
      field: "meeting",
      label: `mødet i ${post.file}`,
      hint: `Skriv en aktivitet med sit eget id og post: ${post.urlPath} i ${file}, eller giv indlægget en anden titel.`,
    }));
    return [
      { url: calendarPath(year), file, label, hint },
      { url: calendarFeedPath(year), file, label, hint },
      ...entries,
      ...meetings,
    ];
  });
}

/**
 * The fixed addresses of the files the site generates from its own templates
 * (`templatesDir`, e.g. the feeds, the sitemap, robots.txt and `_headers`): a
 * page of the secretariat's may not take one of them.
 */
export async function generatedOutputs(templatesDir: string): Promise<PlannedOutput[]> {
  const entries = await entriesIfPresent(templatesDir);
  const outputs = await Promise.all(
    entries
      .map((entry) => entry.name)
      .sort()
      .map(async (name): Promise<PlannedOutput[]> => {
        const data = yamlFrontMatter(await readFile(path.join(templatesDir, name), "utf8"));
        const permalink = data?.permalink;
        if (typeof permalink !== "string" || /\{[{%]/.test(permalink)) return [];
        const url = permalink.startsWith("/") ? permalink : `/${permalink}`;
        return [{ url, file: url, label: `sidens egen fil ${url}`, hint: "", generated: true }];
      }),
  );
  return outputs.flat();
}

/**
 * The editor's addresses, for a site whose settings turn it on: the page and
 * config.yml made from the templates in `templatesDir`, its script, and Decap's
 * files, which the build copies in after Eleventy has written the pages (a page
 * of the same name would be overwritten without a word).
 */
export async function editorOutputs(templatesDir: string): Promise<PlannedOutput[]> {
  const names = (await entriesIfPresent(templatesDir)).map((entry) => entry.name).sort();
  return [...names, ADMIN_SCRIPT_NAME, ...decapFiles()].map(adminFilePath).map((url) => ({
    url,
    file: url,
    label: `redaktionen i browseren (${url})`,
    hint: "",
    generated: true,
  }));
}

/** Where Eleventy writes a template that names no permalink: `om-os.md` to /om-os/, `index.njk` to /. */
function defaultUrl(relativePath: string): string {
  const withoutExtension = relativePath.replace(/\.[^./]+$/, "");
  const folder = path.posix.basename(withoutExtension) === "index" ? path.posix.dirname(withoutExtension) : withoutExtension;
  return folder === "." ? "/" : `/${folder}/`;
}

/** A template's YAML front matter: empty when it has none, undefined when it does not parse. */
function yamlFrontMatter(text: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (match === null) return {};
  try {
    const data = parseYamlValue(match[1] ?? "");
    return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  } catch {
    // Eleventy reports the template's own syntax error.
    return undefined;
  }
}

/**
 * The addresses of the input folder's own templates (TEMPLATE_FORMATS), outside the
 * folders in `skip` (the posts, checked as posts): each template's permalink when
 * it is fixed text, or the address its file name gives. Templates whose address
 * is computed (pagination, JavaScript front matter) make the pages `dataOutputs`
 * lists, and are left out.
 */
export async function standingPageOutputs(root: string, inputDir: string, skip: readonly string[]): Promise<PlannedOutput[]> {
  const entries = await entriesIfPresent(inputDir, { recursive: true });
  const templates = entries
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((absolutePath) => (TEMPLATE_FORMATS as readonly string[]).includes(path.extname(absolutePath).slice(1)))
    .filter((absolutePath) => !skip.some((folder) => repositoryPath(inputDir, absolutePath).startsWith(`${folder}/`)))
    .sort();
  const outputs = await Promise.all(
    templates.map(async (absolutePath): Promise<PlannedOutput[]> => {
      const file = repositoryPath(root, absolutePath);
      const text = (await readFile(absolutePath, "utf8")).replace(/^\uFEFF/, "");
      // JavaScript or JSON front matter (---js) computes its address.
      if (/^---[a-z]/.test(text)) return [];
      const data = yamlFrontMatter(text);
      if (data === undefined) return [];
      const { permalink } = data;
      const label = `siden ${file}`;
      if (permalink === undefined) {
        return [{ url: defaultUrl(repositoryPath(inputDir, absolutePath)), file, label, hint: "Giv filen et andet navn, eller skriv en anden adresse i feltet permalink." }];
      }
      if (typeof permalink !== "string" || /\{[{%]/.test(permalink)) return [];
      return [{ url: permalink, file, field: "permalink", label, hint: "Skriv en anden adresse i feltet permalink." }];
    }),
  );
  return outputs.flat();
}
