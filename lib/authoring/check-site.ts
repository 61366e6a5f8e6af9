import { checkInternalLinks } from "../check/internal-links.ts";
import { validateHtmlFiles } from "../check/validate-html.ts";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { statIfPresent } from "../files/missing-ok.ts";

/** What `npm run check -- --site` found in a built site. */
export interface SiteCheckResult {
  ok: boolean;
  /** The report, in Danish, one problem a line. */
  report: string;
}

/**
 * The path prefix a built site was made for, read from its home page's link to
 * the stylesheet (`/blog/assets/site.<hash>.css` under `/blog/`); undefined when
 * there is no home page or no such link.
 * @example builtPathPrefix('<link rel="stylesheet" href="/blog/assets/site.1a2b.css">') // "/blog/"
 */
export function builtPathPrefix(homePage: string): string | undefined {
  return /<link rel="stylesheet" href="((?:\/[^"/]+)*\/)assets\/site\.[^"/]+\.css"/.exec(homePage)?.[1];
}

const describePrefix = (prefix: string) => (prefix === "/" ? "uden PATH_PREFIX" : `med PATH_PREFIX=${prefix}`);

/**
 * Checks a built site (`_site/`): every internal link and `#anchor` of every page
 * resolves under the path prefix it was built for, and every page is valid HTML.
 * `outputLabel` is how the report names the folder (`_site`).
 */
export async function checkBuiltSite(outputDir: string, pathPrefix: string, outputLabel: string): Promise<SiteCheckResult> {
  if ((await statIfPresent(outputDir))?.isDirectory() !== true) {
    return { ok: false, report: `Mappen ${outputLabel}/ findes ikke. Byg siden først med npm run build, og kør så npm run check -- --site.` };
  }
  const home = await readFile(path.join(outputDir, "index.html"), "utf8").catch(() => "");
  const built = builtPathPrefix(home);
  if (built !== undefined && built !== pathPrefix) {
    // Every internal link would be reported broken: say the one thing that is wrong.
    return {
      ok: false,
      report:
        `Siden i ${outputLabel}/ er bygget ${describePrefix(built)}, men tjekket kører ${describePrefix(pathPrefix)}. ` +
        `Kør tjekket med samme PATH_PREFIX som bygningen${built === "/" ? " (altså uden)" : `: PATH_PREFIX=${built} npm run check -- --site`}, eller byg siden igen.`,
    };
  }
  const [links, html] = await Promise.all([checkInternalLinks(outputDir, pathPrefix), validateHtmlFiles(outputDir)]);
  const lines = [
    ...links.map((link) => `  ${outputLabel}/${link.file}: ${link.attribute} "${link.url}": ${link.message}`),
    ...html.map((problem) => `  ${outputLabel}/${problem.file}:${problem.line}:${problem.column}: ugyldig HTML (${problem.rule}): ${problem.message}`),
  ];
  if (lines.length === 0) {
    return { ok: true, report: `Den byggede side i ${outputLabel}/ er i orden: alle interne links og ankre virker, og alle sider er gyldig HTML.` };
  }
  return {
    ok: false,
    report: [
      `Den byggede side i ${outputLabel}/ har ${lines.length} fejl (${links.length} i links, ${html.length} i HTML):`,
      "",
      ...lines,
      "",
      "Et link, der ikke virker, kommer oftest fra et indlæg: ret adressen dér. Fejl i HTML kommer fra skabelonerne i layouts/.",
    ].join("\n"),
  };
}
