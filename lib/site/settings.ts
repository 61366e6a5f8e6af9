import { readFile } from "node:fs/promises";
import path from "node:path";
import { IANAZone } from "luxon";
import { z } from "zod";
import { cmsSettingsSchema } from "../cms/cms-settings.ts";
import { documented } from "../validation/field-docs.ts";
import { text } from "../validation/field-types.ts";
import { ContentError, type Problem, repositoryPath } from "../validation/problems.ts";
import { validateAgainst } from "../validation/schema-issues.ts";
import { type Locate, lineOfText, readYaml } from "../validation/yaml-source.ts";
import { siteAddressIssue } from "./deploy-address.ts";

/** The site's settings, `data/site.json`: the one place every part of the site reads them from. */
export const siteSchema = z.strictObject({
  title: documented(text(), {
    label: "sidens navn",
    hint: 'Skriv sidens navn, fx "CSR Forum – netværksbloggen".',
    example: "CSR Forum",
    required: true,
  }),
  description: documented(text(), {
    label: "en sætning om siden",
    hint: "Skriv en sætning, der beskriver siden.",
    example: "Blog for netværksgruppen …",
    required: true,
  }),
  // Only the origin: a sub-folder is the build's PATH_PREFIX, which Eleventy must know.
  // Kept as the origin alone ("https://blog.csrforum.dk/" becomes "https://blog.csrforum.dk"),
  // so that whatever appends a path to it never writes "//".
  url: documented(
    z
      .string()
      .superRefine((value, ctx) => {
        const issue = siteAddressIssue(value);
        if (issue !== undefined) ctx.addIssue({ code: "custom", message: issue });
      })
      .transform((value) => new URL(value).origin),
    {
      label: "sidens adresse på nettet",
      hint: 'Skriv adressen med https:// og uden sti, fx "https://blog.csrforum.dk"; en undermappe sættes med PATH_PREFIX.',
      example: "https://blog.csrforum.dk",
      required: true,
    },
  ),
  language: documented(z.literal("da"), {
    label: "sidens sprog",
    hint: 'Skriv "da": siden er på dansk.',
    example: "da",
    required: true,
  }),
  timeZone: documented(
    z.string().refine((zone) => IANAZone.isValidZone(zone), { message: "skal være en kendt tidszone." }),
    {
      label: "tidszonen, datoer og klokkeslæt vises i",
      hint: 'Skriv "Europe/Copenhagen".',
      example: "Europe/Copenhagen",
      required: true,
    },
  ),
  organisation: documented(text(), {
    label: "organisationen bag siden",
    hint: 'Skriv organisationens navn, fx "CSR Forum".',
    example: "CSR Forum",
    required: true,
  }),
  network: documented(text(), {
    label: "netværksgruppen, bloggen handler om",
    hint: 'Skriv netværksgruppens navn, fx "Corporate Social Responsibility & Co-Creation".',
    example: "Corporate Social Responsibility & Co-Creation",
    required: true,
  }),
  email: documented(z.email(), {
    label: "sekretariatets e-mailadresse",
    hint: 'Skriv en e-mailadresse, fx "sekretariatet@csrforum.dk".',
    example: "sekretariatet@csrforum.dk",
    required: true,
  }),
  cms: documented(cmsSettingsSchema.optional(), {
    label: "redaktionen på /admin/",
    hint: "Skriv redaktionens indstillinger (repo, branch, authUrl, editLink) på linjerne under; se README.md.",
    example: '{ "repo": "csrforum/blog", "editLink": true }',
    formHint: "Hvor redaktionen gemmer, og om indlæggene linker til den.",
  }),
});

/** The validated site settings: text trimmed, `url` the origin without a trailing slash. */
export type SiteSettings = z.output<typeof siteSchema>;

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
