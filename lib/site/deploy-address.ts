import { ContentError, type Problem } from "../validation/problems.ts";

/** Where this build will be served: the site's origin and the path below it. */
export interface DeployAddress {
  /** Scheme and host, no trailing slash: `https://blog.csrforum.dk`. */
  siteUrl: string;
  /** `/` at the root of the host, else e.g. `/blog/`. */
  pathPrefix: string;
}

/**
 * Why a site address cannot be the site's origin, in Danish, or undefined when it
 * can. A path belongs in PATH_PREFIX: Eleventy must know it to write the links.
 * @example siteAddressIssue("https://eksempel.dk/blog") // 'har stien "/blog", …'
 */
export function siteAddressIssue(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `er "${value}", som ikke er en hel webadresse.`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `begynder med "${url.protocol}", men skal begynde med https:// eller http://.`;
  if (url.username !== "" || url.password !== "") return "indeholder brugernavn eller adgangskode, som ikke må stå i en offentlig adresse.";
  if (url.search !== "" || url.hash !== "" || value.includes("?") || value.includes("#")) return `er "${value}", som har ? eller # i sig.`;
  if (url.pathname !== "/") return `har stien "${url.pathname}", men må kun være sidens protokol og domæne.`;
  return undefined;
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
