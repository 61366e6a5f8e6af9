import { IANAZone } from "luxon";
import { z } from "zod";
import { cmsSettingsSchema } from "../cms/cms-settings-schema.ts";
import { documented } from "../validation/field-docs.ts";
import { siteAddress, text } from "../validation/field-types.ts";

// The schema alone, with no Node imports: the build reads data/site.json with it
// (lib/site/settings.ts), and the editor's script checks the settings form with it
// before saving (lib/cms/entry-check.ts).

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
    siteAddress().transform((value) => new URL(value).origin),
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
