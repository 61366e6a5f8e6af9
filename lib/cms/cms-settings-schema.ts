import { z } from "zod";
import type { Problem } from "../validation/problems.ts";
import { documented } from "../validation/field-docs.ts";
import { httpsOrigin, text } from "../validation/field-types.ts";

// The schema alone, with no Node imports: the editor's script checks the settings
// with it in the browser before saving (lib/cms/entry-check.ts).

/** `owner/name` as GitHub spells a repository. */
export const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

const repository = () =>
  z.string().superRefine((value, ctx) => {
    if (!REPOSITORY.test(value)) {
      ctx.addIssue({ code: "custom", message: `er "${value}", men skal være ejer/navn, fx "csrforum/blog".` });
    }
  });

/** The editor's settings in `data/site.json` (`cms`): where it commits, and whether posts link to it. */
export const cmsSettingsSchema = z.strictObject({
  repo: documented(repository().optional(), {
    label: "GitHub-depotet, redaktionen gemmer i",
    hint: 'Skriv depotet som ejer/navn, fx "csrforum/blog". Kan også sættes med CMS_REPO.',
    example: "csrforum/blog",
  }),
  branch: documented(text().optional(), {
    label: "grenen, redaktionen gemmer på",
    hint: 'Skriv grenens navn, fx "main". Uden den bruges main.',
    example: "main",
  }),
  authUrl: documented(httpsOrigin().optional(), {
    label: "adressen på login-tjenesten til GitHub",
    hint: 'Skriv adressen på jeres OAuth-proxy uden sti, fx "https://login.csrforum.dk". Uden den bruges Netlifys.',
    example: "https://login.csrforum.dk",
  }),
  editLink: documented(z.boolean().optional(), {
    label: 'om hvert indlæg har et "Ret indlægget"-link til redaktionen',
    hint: "Skriv true for at vise linket nederst på hvert indlæg, eller false (det er standard).",
    example: "false",
    formHint: 'Slå til for et lille "Ret indlægget"-link nederst på hvert indlæg.',
  }),
});

export type CmsSettings = z.infer<typeof cmsSettingsSchema>;

/**
 * A rule across fields that the schema leaves to the build, which knows the
 * environment: the "Ret indlægget" link is on, but there is no repository for it
 * to lead to (no `repo`, and neither CMS_REPO nor decap-server). The check before
 * saving, which cannot see the environment, asks for `repo` whenever the link is on.
 */
export const EDIT_LINK_LEADS_NOWHERE: Omit<Problem, "file"> = {
  field: "cms.editLink",
  message: 'er slået til, men redaktionen ved ikke, hvilket GitHub-depot den skal gemme i, så "Ret indlægget" ville føre ingen steder hen.',
  hint: 'Skriv depotet i cms.repo, fx "csrforum/blog", eller sæt CMS_REPO.',
};
