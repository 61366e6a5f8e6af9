import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../lib/validation/problems.ts";
import { buildTagIndex, tagWarnings } from "../../../lib/listings/tags.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";

const older = loadedPost("content/posts/2018/a.md", { title: "A", date: "2018-10-05", tags: ["SMV", "Partnerskaber"] });
const newer = loadedPost("content/posts/2019/b.md", { title: "B", date: "2019-02-01", tags: ["Partnerskaber", "Ærlig snak", "Partnerskaber"] });
const lower = loadedPost("content/posts/2019/c.md", { title: "C", date: "2019-03-01", tags: ["smv"] });

describe("buildTagIndex", () => {
  it("lists each tag's posts newest first, a post once even if it repeats the tag", () => {
    const partnerships = buildTagIndex([older, newer]).byName.get("Partnerskaber");
    expect(partnerships?.slug).toBe("partnerskaber");
    expect(partnerships?.posts.map((post) => post.data.title)).toEqual(["B", "A"]);
  });

  it("sorts tags the Danish way, Æ after Z", () => {
    expect(buildTagIndex([older, newer]).tags.map((tag) => tag.name)).toEqual(["Partnerskaber", "SMV", "Ærlig snak"]);
    expect(buildTagIndex([newer]).byName.get("Ærlig snak")?.slug).toBe("aerlig-snak");
  });

  it("keeps tags that share a slug apart, the older one keeping the plain address", () => {
    const { byName } = buildTagIndex([lower, older]);
    expect(byName.get("SMV")?.slug).toBe("smv");
    expect(byName.get("smv")?.slug).toBe("smv-2");
    expect(byName.get("smv")?.posts.map((post) => post.data.title)).toEqual(["C"]);
  });
});

describe("tagWarnings", () => {
  it("names both spellings and the file of each", () => {
    const warnings = tagWarnings([lower, older, newer]);
    expect(warnings.map(formatProblem)).toEqual([
      'content/posts/2019/c.md: 1. emne (tags[0]) er "smv", som giver samme adresse (/emner/smv/) som emnet "SMV" i content/posts/2018/a.md. De bliver til to forskellige emner. Er det det samme emne, så skriv det ens alle steder.',
    ]);
  });

  it("says nothing when tags are written alike", () => {
    expect(tagWarnings([older, newer])).toEqual([]);
  });
});
