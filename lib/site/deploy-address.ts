import { siteAddressIssue } from "../validation/field-types.ts";
import { ContentError, type Problem } from "../validation/problems.ts";

/** Where this build will be served: the site's origin and the path below it. */
export interface DeployAddress {
  /** Scheme and host, no trailing slash: `https://blog.csrforum.dk`. */
  siteUrl: string;
  /** `/` at the root of the host, else e.g. `/blog/`. */
  pathPrefix: string;
}

// A prefix is path segments of URL-safe characters that need no escaping, each
// starting with a letter or digit (so never "." or "..").
const PATH_PREFIX = /^\/(?:[A-Za-z0-9][A-Za-z0-9._~-]*\/)*$/;

/**
 * The overrides a deploy gives the build through the environment: `SITE_URL`
 * (replaces data/site.json's `url`) and `PATH_PREFIX` (the folder the site is
 * served from). Unset or empty means no override; a bad value throws one
 * ContentError naming every variable that is wrong and how to fix it.
 * @example readDeployOverrides({ PATH_PREFIX: "/blog/" }) // { pathPrefix: "/blog/" }
 */
export function readDeployOverrides(env: Readonly<Record<string, string | undefined>>): { siteUrl?: string; pathPrefix: string } {
  const problems: Problem[] = [];
  const rawUrl = env.SITE_URL ?? "";
  const rawPrefix = env.PATH_PREFIX ?? "";
  let siteUrl: string | undefined;
  if (rawUrl !== "") {
    const issue = siteAddressIssue(rawUrl);
    if (issue === undefined) siteUrl = new URL(rawUrl).origin;
    else {
      problems.push({
        file: "miljøvariablen SITE_URL",
        message: `Værdien ${issue}`,
        hint: 'Sæt den til sidens adresse uden sti, fx "https://eksempel.github.io"; en undermappe skrives i PATH_PREFIX.',
      });
    }
  }
  if (rawPrefix !== "" && !PATH_PREFIX.test(rawPrefix)) {
    problems.push({
      file: "miljøvariablen PATH_PREFIX",
      message: `Værdien "${rawPrefix}" er ikke en mappe på formen /navn/.`,
      hint: 'Skriv mappen med skråstreg før og efter og kun bogstaver a-z, tal, punktum, bindestreg og understreg (hver mappe begynder med bogstav eller tal), fx "/blog/", eller fjern variablen for at udgive i roden.',
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  const pathPrefix = rawPrefix === "" ? "/" : rawPrefix;
  return siteUrl === undefined ? { pathPrefix } : { siteUrl, pathPrefix };
}
