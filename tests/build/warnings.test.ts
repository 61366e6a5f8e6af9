import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureSite, createFixtureSite, post, readable, removeFixtureSite } from "../helpers/fixture-site.ts";

describe("a build with warnings", () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await createFixtureSite({
      "2019/lang.md": post("Et langt resumé", "2019-01-10", `summary: "${"Ord ".repeat(100).trim()}"`),
    });
    await site.build();
  });
  afterAll(() => removeFixtureSite(site));

  it("still publishes the post", async () => {
    expect(readable((await site.page("/2019/et-langt-resume/")).querySelector("h1"))).toBe("Et langt resumé");
  });

  it("prints the warning with the file and field", () => {
    expect(site.warnings).toHaveLength(1);
    expect(site.warnings[0]).toContain('content/posts/2019/lang.md\n  linje 4: felt "summary" er 399 tegn lang.');
  });
});
