import { readFile } from "node:fs/promises";
import path from "node:path";
import { ContentError, type Problem, repositoryPath } from "../validation/problems.ts";
import { validateAgainst } from "../validation/schema-issues.ts";
import { type Locate, lineOfText, readYaml } from "../validation/yaml-source.ts";
import { type SiteSettings, siteSchema } from "./settings-schema.ts";

/**
 * Validates parsed site settings; `file` is the repository-relative path that
 * problems name.
 */
export function validateSiteSettings(file: string, value: unknown, locate?: Locate): { settings?: SiteSettings; problems: Problem[] } {
  const { value: settings, problems } = validateAgainst(file, siteSchema, value, locate);
  return settings === undefined ? { problems } : { settings, problems };
}

const JSON_MISTAKE = {
  message: "Filen er ikke gyldig JSON.",
  hint: 'Tjek kommaer mellem felterne (intet komma efter det sidste) og anførselstegn om al tekst, fx "title": "CSR Forum".',
};

/**
 * Where JSON.parse gave up, as a line and column with the line quoted: V8 says
 * "at position N" (and, in newer versions, the line and column too).
 */
function jsonErrorPosition(text: string, error: Error): { line?: number; column?: number; excerpt?: string } {
  const offset = /at position (\d+)/.exec(error.message)?.[1];
  const at = offset === undefined ? text.length : Math.min(Number(offset), text.length);
  const before = text.slice(0, at).split("\n");
  const line = before.length;
  return { line, column: (before.at(-1)?.length ?? 0) + 1, excerpt: lineOfText(text, line) };
}

/** The settings' file name in the data folder. */
export const SETTINGS_FILE = "site.json";

/** Reads and validates `site.json` in `dataDir`; throws a ContentError in Danish. */
export async function loadSiteSettings(root: string, dataDir: string): Promise<SiteSettings> {
  const absolutePath = path.join(dataDir, SETTINGS_FILE);
  const file = repositoryPath(root, absolutePath);
  let text: string;
  try {
    text = await readFile(absolutePath, "utf8");
  } catch (error) {
    throw new ContentError([{ file, message: "Filen findes ikke.", hint: "Gendan den fra git." }], { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ContentError([{ file, ...jsonErrorPosition(text, error as Error), ...JSON_MISTAKE }], { cause: error });
  }
  // JSON is YAML too: read again for the line each setting is on.
  const { settings, problems } = validateSiteSettings(file, value, readYaml(file, text).source?.locate);
  if (settings === undefined) throw new ContentError(problems);
  return settings;
}
