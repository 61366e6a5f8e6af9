import { checkInternalLinks } from "../check/internal-links.ts";
import { validateHtmlFiles } from "../check/validate-html.ts";
import { statIfPresent } from "../files/missing-ok.ts";

/** What `npm run check -- --site` found in a built site. */
export interface SiteCheckResult {
  ok: boolean;
  /** The report, in Danish, one problem a line. */
  report: string;
}

/**
 * Checks a built site (`_site/`): every internal link and `#anchor` of every page
 * resolves under the path prefix it was built for, and every page is valid HTML.
 * `outputLabel` is how the report names the folder (`_site`).
 */
export async function checkBuiltSite(outputDir: string, pathPrefix: string, outputLabel: string): Promise<SiteCheckResult> {
  if ((await statIfPresent(outputDir))?.isDirectory() !== true) {
    return { ok: false, report: `Mappen ${outputLabel}/ findes ikke. Byg siden først med npm run build, og kør så npm run check -- --site.` };
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
