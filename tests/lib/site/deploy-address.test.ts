import { describe, expect, it } from "vitest";
import { ContentError } from "../../../lib/validation/problems.ts";
import { readDeployOverrides } from "../../../lib/site/deploy-address.ts";

const problemsOf = (env: Record<string, string>) => {
  try {
    readDeployOverrides(env);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
};

describe("readDeployOverrides", () => {
  it("overrides nothing when the variables are unset or empty", () => {
    expect(readDeployOverrides({})).toEqual({ pathPrefix: "/" });
    expect(readDeployOverrides({ SITE_URL: "", PATH_PREFIX: "" })).toEqual({ pathPrefix: "/" });
  });

  it("reads a site address as its origin and a prefix as given", () => {
    expect(readDeployOverrides({ SITE_URL: "https://eksempel.github.io/", PATH_PREFIX: "/csr-blog/" })).toEqual({
      siteUrl: "https://eksempel.github.io",
      pathPrefix: "/csr-blog/",
    });
    expect(readDeployOverrides({ PATH_PREFIX: "/a/b.c/" }).pathPrefix).toBe("/a/b.c/");
  });

  it("reports a bad SITE_URL and a bad PATH_PREFIX together, naming each variable and the fix", () => {
    const problems = problemsOf({ SITE_URL: "https://eksempel.github.io/blog", PATH_PREFIX: "blog" });
    expect(problems.map((problem) => problem.file)).toEqual(["miljøvariablen SITE_URL", "miljøvariablen PATH_PREFIX"]);
    expect(problems[0]?.message).toBe('Værdien har stien "/blog", men må kun være sidens protokol og domæne.');
    expect(problems[0]?.hint).toContain("PATH_PREFIX");
    expect(problems[1]?.message).toBe('Værdien "blog" er ikke en mappe på formen /navn/.');
    expect(problems[1]?.hint).toContain('"/blog/"');
  });

  it("rejects prefixes without both slashes, with unsafe characters or empty segments", () => {
    for (const prefix of ["/blog", "blog/", "/my blog/", "/blog?x/", "//", "/a//b/", "/æøå/", "/../"]) {
      expect(problemsOf({ PATH_PREFIX: prefix }).map((problem) => problem.file), prefix).toEqual(["miljøvariablen PATH_PREFIX"]);
    }
  });
});
