import { httpsOriginIssue } from "../validation/field-types.ts";
import { ContentError, type Problem } from "../validation/problems.ts";
import { type CmsSettings, EDIT_LINK_LEADS_NOWHERE, REPOSITORY } from "./cms-settings-schema.ts";

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
  const authIssue = fromEnv("CMS_AUTH_URL") === undefined ? undefined : httpsOriginIssue(authUrl ?? "");
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
    problems.push({ file: "data/site.json", ...EDIT_LINK_LEADS_NOWHERE });
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
