import path from "node:path";
import { bodyImages } from "../content/post-images.ts";
import { countOf } from "../text/count.ts";
import { ContentError, errorReport, formatWarningReport, repositoryPath } from "../validation/problems.ts";
import { type LoadedSite, type SiteSources, loadSite } from "../site/load-site.ts";
import { SETTINGS_FILE } from "../site/settings.ts";
import { SiteState } from "../site/site-state.ts";

/** What `npm run check` found: the report to print, and whether it found errors. */
export interface CheckResult {
  ok: boolean;
  /** Errors and warnings: what needs attention. */
  problems: string;
  /** The posts waiting to be published, as information. */
  info: string;
  /** The path prefix a build would use (PATH_PREFIX), for checking the built site. */
  pathPrefix: string;
}

/** A list in Danish: "a, b og c". */
function listing(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}`;
}

/**
 * Everything the check read, named: the posts with their images, each calendar
 * file, the settings and the environment, so "Ingen fejl" says what it vouches for.
 * @example checkedSummary(site, "data/site.json") // "2 indlæg med 1 billede, kalenderfilen data/calendar/2019.yaml, …"
 */
function checkedSummary(site: LoadedSite, settingsFile: string): string {
  const images = site.posts.reduce((count, post) => count + bodyImages(post.body).length, 0);
  const calendars = site.calendars.map((calendar) => calendar.file);
  return listing([
    `${countOf(site.posts.length, "indlæg", "indlæg")}${images === 0 ? "" : ` med ${countOf(images, "billede", "billeder")}`}`,
    ...(calendars.length === 0 ? [] : [`${calendars.length === 1 ? "kalenderfilen" : "kalenderfilerne"} ${listing(calendars)}`]),
    `sidens indstillinger (${settingsFile})`,
    "miljøvariablerne SOURCE_DATE_EPOCH, SITE_URL og PATH_PREFIX",
  ]);
}

/** Scheduled posts and drafts, each with its date, file and title: by the rule the build publishes by. */
function waitingPosts(site: LoadedSite): string[] {
  const state = new SiteState();
  state.load(site);
  const today = state.today;
  const byStatus = (status: "scheduled" | "draft") =>
    site.posts
      .filter((post) => state.status(post) === status)
      .map((post) => `  ${post.data.date}  ${post.file}  »${post.data.title}«`);
  const scheduled = byStatus("scheduled");
  const drafts = byStatus("draft");
  return [
    ...(scheduled.length === 0
      ? []
      : ["", `Planlagt (udgives af sig selv på datoen, første gang siden bygges den dag eller senere; i dag er ${today}):`, ...scheduled]),
    ...(drafts.length === 0 ? [] : ["", "Kladder (udgives ikke, før draft: true er fjernet):", ...drafts]),
  ];
}

/**
 * Checks everything a build validates (site settings, every post and the images
 * it shows, SOURCE_DATE_EPOCH, and whatever else `loadSite` reads) without
 * building, and reports in Danish: every error with file, line and column where
 * known, field and fix; the warnings; and the posts not yet published.
 */
export async function checkContent(sources: Omit<SiteSources, "showDrafts">): Promise<CheckResult> {
  let site: LoadedSite;
  try {
    site = await loadSite({ ...sources, showDrafts: false });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return {
      ok: false,
      problems: errorReport(
        error.problems.length === 1
          ? "Der er 1 fejl i indholdet. Siden kan ikke bygges, før den er rettet:"
          : `Der er ${error.problems.length} fejl i indholdet. Siden kan ikke bygges, før de er rettet:`,
        error.problems,
        "kør npm run check igen.",
      ),
      info: "",
      pathPrefix: "/",
    };
  }
  return {
    ok: true,
    problems: site.warnings.length === 0 ? "" : formatWarningReport(site.warnings),
    info: [
      `Ingen fejl: ${checkedSummary(site, repositoryPath(path.dirname(path.resolve(sources.inputDir)), path.join(path.resolve(sources.dataDir), SETTINGS_FILE)))} er i orden.`,
      ...waitingPosts(site),
    ].join("\n"),
    pathPrefix: site.pathPrefix,
  };
}
