import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureSite, createFixtureSite, readable, removeFixtureSite } from "../helpers/fixture-site.ts";

describe("a site without posts", () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await createFixtureSite({});
    await site.build();
  });
  afterAll(() => removeFixtureSite(site));

  it("still has a home page and every listing, each saying there is nothing yet", async () => {
    expect(readable((await site.page("/")).querySelector("main"))).toContain("Der er endnu ingen indlæg.");
    expect(readable((await site.page("/arkiv/")).querySelector("main"))).toContain("Der er endnu ingen indlæg.");
    expect(readable((await site.page("/emner/")).querySelector("main"))).toContain("Der er endnu ingen emner.");
    expect(readable((await site.page("/personer/")).querySelector("main"))).toContain("Der er endnu ingen personer.");
  });

  it("has no pagination and no pages for topics or people", async () => {
    const files = await site.outputFiles();
    expect(files.filter((file) => /^(side|emner|personer)\//.test(file))).toEqual(["emner/index.html", "personer/index.html"]);
    expect((await site.page("/")).querySelector(".pagination")).toBeNull();
  });
});
