import { readFile } from "node:fs/promises";
import path from "node:path";
import { type ConfigData, HtmlValidate, StaticConfigLoader } from "html-validate";
import { listHtmlFiles } from "./html-files.ts";

/** The project's html-validate configuration: the recommended rules, relaxed only where it says why. */
export const HTML_VALIDATE_CONFIG = path.resolve(import.meta.dirname, "../../.htmlvalidate.json");

/** One rule broken in one built page. */
export interface HtmlProblem {
  /** The page, relative to the output folder: `2018/moede/index.html`. */
  file: string;
  line: number;
  column: number;
  /** html-validate's rule id, e.g. `heading-level`; its documentation explains it. */
  rule: string;
  message: string;
}

/**
 * Validates every HTML page of a built site with html-validate and returns what
 * is wrong, page by page (empty when all is valid). The configuration is the
 * repository's `.htmlvalidate.json` unless another is given.
 * @example await validateHtmlFiles("_site") // [{ file: "index.html", line: 12, column: 5, rule: "heading-level", message: "…" }]
 */
export async function validateHtmlFiles(outputDir: string, config?: ConfigData): Promise<HtmlProblem[]> {
  const settings = config ?? (JSON.parse(await readFile(HTML_VALIDATE_CONFIG, "utf8")) as ConfigData);
  const validator = new HtmlValidate(new StaticConfigLoader(settings));
  const problems: HtmlProblem[] = [];
  for (const file of await listHtmlFiles(outputDir)) {
    const html = await readFile(path.join(outputDir, file), "utf8");
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({ file, line: message.line, column: message.column, rule: message.ruleId, message: message.message });
      }
    }
  }
  return problems;
}
