import { z } from "zod";
import { documented } from "../validation/field-docs.ts";
import { text } from "../validation/field-types.ts";
import { ContentError, type Problem } from "../validation/problems.ts";

/** `owner/name` as GitHub spells a repository. */
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

const repository = () =>
  z.string().superRefine((value, ctx) => {
    if (!REPOSITORY.test(value)) {
      ctx.addIssue({ code: "custom", message: `er "${value}", men skal være ejer/navn, fx "csrforum/blog".` });
    }
  });

/** An https origin, as an OAuth proxy is given. */
function originIssue(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `er "${value}", som ikke er en hel webadresse.`;
  }
  if (url.protocol !== "https:") return `er "${value}", men skal begynde med https://.`;
  if (`${url.origin}` !== value.replace(/\/$/, "")) return `er "${value}", men skal være en adresse uden sti, fx "https://login.csrforum.dk".`;
  return undefined;
}

const origin = () =>
  z.string().superRefine((value, ctx) => {
    const issue = originIssue(value);
    if (issue !== undefined) ctx.addIssue({ code: "custom", message: issue });
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
  authUrl: documented(origin().optional(), {
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

/** Where the editor at /admin/ commits, once settings and environment are combined. */
export interface CmsTarget {
  repo: string;
  branch: string;
  authUrl?: string;
  /** decap-server's API on this machine (npm run cms), when given. */
  localBackend?: string;
  /** Whether post pages link to their entry in the editor. */
  editLink: boolean;
}

/** The environment variable that gives the build decap-server's API for config.yml's `local_backend`. */
export const LOCAL_BACKEND_ENV = "CMS_LOCAL_BACKEND";

/** decap-server's API on this machine: loopback only, any port. */
const LOCAL_BACKEND = /^http:\/\/(127\.0\.0\.1|localhost):\d{1,5}\/api\/v1$/;

const envProblem = (name: string, message: string, hint: string): Problem => ({ file: `miljøvariablen ${name}`, message, hint });

/**
 * The editor's target from `data/site.json`'s `cms` and the environment:
 * CMS_REPO, CMS_BRANCH and CMS_AUTH_URL override the settings (a deploy workflow
 * knows its repository), CMS_LOCAL_BACKEND points the editor at decap-server.
 * Undefined when there is nowhere to commit: then the build makes no /admin/.
 * Throws a ContentError in Danish for a bad variable, or for a "Ret indlægget"
 * link that would lead nowhere.
 */
export function resolveCmsTarget(settings: CmsSettings | undefined, env: Readonly<Record<string, string | undefined>>): CmsTarget | undefined {
  const problems: Problem[] = [];
  const fromEnv = (name: string) => (env[name] === undefined || env[name] === "" ? undefined : env[name]);
  const repo = fromEnv("CMS_REPO") ?? settings?.repo;
  if (fromEnv("CMS_REPO") !== undefined && !REPOSITORY.test(repo ?? "")) {
    problems.push(envProblem("CMS_REPO", `Værdien "${repo}" er ikke et GitHub-depot.`, 'Skriv depotet som ejer/navn, fx "csrforum/blog".'));
  }
  const authUrl = fromEnv("CMS_AUTH_URL") ?? settings?.authUrl;
  const authIssue = fromEnv("CMS_AUTH_URL") === undefined ? undefined : originIssue(authUrl ?? "");
  if (authIssue !== undefined) {
    problems.push(envProblem("CMS_AUTH_URL", `Værdien ${authIssue}`, 'Skriv login-tjenestens adresse, fx "https://login.csrforum.dk".'));
  }
  const localBackend = fromEnv(LOCAL_BACKEND_ENV);
  if (localBackend !== undefined && !LOCAL_BACKEND.test(localBackend)) {
    problems.push(
      envProblem(LOCAL_BACKEND_ENV, `Værdien "${localBackend}" er ikke decap-servers adresse på denne maskine.`, "Start redaktionen med npm run cms, som sætter den selv."),
    );
  }
  const editLink = settings?.editLink ?? false;
  if (editLink && repo === undefined && localBackend === undefined) {
    problems.push({
      file: "data/site.json",
      field: "cms.editLink",
      message: 'er slået til, men redaktionen ved ikke, hvilket GitHub-depot den skal gemme i, så "Ret indlægget" ville føre ingen steder hen.',
      hint: 'Skriv depotet i cms.repo, fx "csrforum/blog", eller sæt CMS_REPO.',
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  if (repo === undefined && localBackend === undefined) return undefined;
  return {
    // With only a local backend, Decap still wants a backend; it is never used on 127.0.0.1.
    repo: repo ?? "local/checkout",
    branch: fromEnv("CMS_BRANCH") ?? settings?.branch ?? "main",
    ...(authUrl === undefined ? {} : { authUrl: authUrl.replace(/\/$/, "") }),
    ...(localBackend === undefined ? {} : { localBackend }),
    editLink,
  };
}
