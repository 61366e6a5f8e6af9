import { describe, expect, it } from "vitest";
import { resolveCmsTarget } from "../../../lib/cms/cms-settings.ts";
import { ContentError } from "../../../lib/validation/problems.ts";
import { validateSiteSettings } from "../../../lib/site/settings.ts";

const problemsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error("no problems");
};

describe("resolveCmsTarget", () => {
  it("makes no editor when there is nowhere to commit", () => {
    expect(resolveCmsTarget(undefined, {})).toBeUndefined();
    expect(resolveCmsTarget({ branch: "main" }, {})).toBeUndefined();
  });

  it("takes the repository and branch from the settings, the link off unless asked for", () => {
    expect(resolveCmsTarget({ repo: "csrforum/blog" }, {})).toEqual({ repo: "csrforum/blog", branch: "main", editLink: false });
    expect(resolveCmsTarget({ repo: "csrforum/blog", branch: "udgivet", editLink: true }, {})).toEqual({
      repo: "csrforum/blog",
      branch: "udgivet",
      editLink: true,
    });
  });

  it("lets the environment override the settings, as a deploy workflow knows its repository", () => {
    const env = { CMS_REPO: "andre/blog", CMS_BRANCH: "gh-pages", CMS_AUTH_URL: "https://login.example.dk" };
    expect(resolveCmsTarget({ repo: "csrforum/blog", authUrl: "https://a.example.dk" }, env)).toEqual({
      repo: "andre/blog",
      branch: "gh-pages",
      authUrl: "https://login.example.dk",
      editLink: false,
    });
  });

  it("points the editor at decap-server on this machine only", () => {
    expect(resolveCmsTarget(undefined, { CMS_LOCAL_BACKEND: "http://127.0.0.1:41234/api/v1" })).toMatchObject({ localBackend: "http://127.0.0.1:41234/api/v1" });
    const problems = problemsOf(() => resolveCmsTarget(undefined, { CMS_LOCAL_BACKEND: "http://example.com:8081/api/v1" }));
    expect(problems).toEqual([expect.objectContaining({ file: "miljøvariablen CMS_LOCAL_BACKEND", hint: expect.stringContaining("npm run cms") })]);
  });

  it("refuses bad variables in Danish, all in one report", () => {
    const problems = problemsOf(() => resolveCmsTarget(undefined, { CMS_REPO: "https://github.com/csrforum/blog", CMS_AUTH_URL: "http://login.dk/sti" }));
    expect(problems.map((problem) => problem.file)).toEqual(["miljøvariablen CMS_REPO", "miljøvariablen CMS_AUTH_URL"]);
  });

  it("refuses a 'Ret indlægget' link that would lead nowhere", () => {
    const problems = problemsOf(() => resolveCmsTarget({ editLink: true }, {}));
    expect(problems).toEqual([expect.objectContaining({ file: "data/site.json", field: "cms.editLink" })]);
    expect(resolveCmsTarget({ editLink: true }, { CMS_REPO: "csrforum/blog" })?.editLink).toBe(true);
  });
});

describe("the settings' cms section", () => {
  const base = {
    title: "T",
    description: "D",
    url: "https://blog.csrforum.dk",
    language: "da",
    timeZone: "Europe/Copenhagen",
    organisation: "O",
    network: "N",
    email: "a@b.dk",
  };

  it("is optional, and checked field by field in Danish", () => {
    expect(validateSiteSettings("data/site.json", base).problems).toEqual([]);
    const { problems } = validateSiteSettings("data/site.json", { ...base, cms: { repo: "blog", authUrl: "http://x.dk", editLink: "ja", extra: 1 } });
    expect(problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(["cms.repo", "cms.authUrl", "cms.editLink"]));
  });
});
