import { ContentError, type Problem, formatProblem, formatWarningReport } from "../validation/problems.ts";
import { type LoadedSite, type SiteSources, loadSite } from "../site/load-site.ts";
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

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `  ${formatProblem(problem)}`);
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
      problems: [
        `Der er ${plural(error.problems.length, "fejl", "fejl")} i indholdet. Siden kan ikke bygges, før de er rettet:`,
        "",
        ...problemLines(error.problems),
        "",
        "Ret fejlene, og kør npm run check igen.",
      ].join("\n"),
      info: "",
      pathPrefix: "/",
    };
  }
  return {
    ok: true,
    problems: site.warnings.length === 0 ? "" : formatWarningReport(site.warnings),
    info: [`Ingen fejl: ${plural(site.posts.length, "indlæg", "indlæg")} og sidens indstillinger er i orden.`, ...waitingPosts(site)].join("\n"),
    pathPrefix: site.pathPrefix,
  };
}
