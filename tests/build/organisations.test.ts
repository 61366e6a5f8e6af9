import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureSite, createFixtureSite, post, readable, removeFixtureSite } from "../helpers/fixture-site.ts";

// Organisation pages and related meetings over a small site (issue 15).
const posts: Record<string, string> = {
  "2018/marts.md": post("Morgenmøde i marts", "2018-03-01", [
    "tags: [SMV]",
    "speakers:",
    "  - name: Anne Holm",
    "    role: Direktør",
    "    organisation: Aarhus Kommune",
    "  - name: Bo Berg",
    "    organisation: IBM Danmark",
  ].join("\n")),
  "2019/maj.md": post("Netværksmøde i maj", "2019-05-01", [
    "tags: [SMV]",
    "meeting:",
    "  date: 2019-05-01",
    "  host: IBM Danmark",
    "outcomes:",
    "  taskForce:",
    "    - name: Carla Dam",
    "      role: Konsulent",
    "      organisation: IBM Danmark",
  ].join("\n")),
  "2019/juni.md": post("Temamøde i juni", "2019-06-01", "tags: [Klima]"),
  "2019/stavet-anderledes.md": post("Workshop", "2019-07-01", "speakers:\n  - name: Dorte Eg\n    organisation: IBM  danmark"),
};

let site: FixtureSite;

beforeAll(async () => {
  site = await createFixtureSite(posts);
  await site.build();
});
afterAll(() => removeFixtureSite(site));

describe("/organisationer/", () => {
  it("lists every organisation once, in Danish order (Aa as Å, last; a double space first), with its number of meetings", async () => {
    const page = await site.page("/organisationer/");
    const items = [...page.querySelectorAll(".index-list li")].map((item) => readable(item));
    // readable() folds the double space of "IBM  danmark", which the collator puts first.
    expect(items).toEqual(["IBM danmark (1 møde)", "IBM Danmark (2 møder)", "Aarhus Kommune (1 møde)"]);
  });

  it("is two clicks from the home page: through Personer", async () => {
    const home = await site.page("/");
    expect(home.querySelector('.site-nav a[href="/personer/"]')).not.toBeNull();
    const people = await site.page("/personer/");
    expect(people.querySelector('main a[href="/organisationer/"]')).not.toBeNull();
  });
});

describe("an organisation's page", () => {
  it("lists its meetings newest first, with its people and their roles", async () => {
    const page = await site.page("/organisationer/ibm-danmark/");
    expect(readable(page.querySelector("h1"))).toBe("IBM Danmark");
    expect([...page.querySelectorAll(".organisation-meetings h2")].map((heading) => readable(heading))).toEqual(["Netværksmøde i maj", "Morgenmøde i marts"]);
    expect([...page.querySelectorAll(".organisation-meetings .contribution")].map((item) => readable(item))).toEqual([
      "Carla Dam, task force (Konsulent)",
      "Bo Berg, oplægsholder",
    ]);
    expect(page.querySelector('.contribution a[href="/personer/carla-dam/"]')).not.toBeNull();
  });

  it("gives a name written another way its own address", async () => {
    expect(readable((await site.page("/organisationer/ibm-danmark-2/")).querySelector("h1"))).toBe("IBM danmark");
  });
});

describe("a post", () => {
  it("links each person's organisation and the meeting's host to the organisation's page", async () => {
    const march = await site.page("/2018/morgenmoede-i-marts/");
    expect(march.querySelector('.person-affiliation a[href="/organisationer/aarhus-kommune/"]')?.textContent).toBe("Aarhus Kommune");
    expect(readable(march.querySelector(".person-affiliation"))).toBe("Direktør, Aarhus Kommune");
    const may = await site.page("/2019/netvaerksmoede-i-maj/");
    expect(may.querySelector('.meeting-facts a[href="/organisationer/ibm-danmark/"]')?.textContent).toBe("IBM Danmark");
  });

  it("lists its related meetings: shared organisation and tag first, then a shared tag", async () => {
    const may = await site.page("/2019/netvaerksmoede-i-maj/");
    // March shares IBM Danmark (2) and SMV (1); nothing else shares anything with May.
    expect([...may.querySelectorAll(".related-list a")].map((link) => link.getAttribute("href"))).toEqual(["/2018/morgenmoede-i-marts/"]);
    const june = await site.page("/2019/temamoede-i-juni/");
    expect(june.querySelector(".related")).toBeNull();
  });
});

describe("the warnings", () => {
  it("name both files when an organisation is written two ways", () => {
    const report = site.warnings.join("\n");
    // Grouped under the file, at the line where the organisation is written (line 6 of the post).
    expect(report).toContain("content/posts/2019/stavet-anderledes.md\n");
    expect(report).toContain('  linje 6: 1. oplægsholder (speakers[0]), felt "organisation" er "IBM  danmark", men i content/posts/2018/marts.md (speakers[1].organisation)');
  });
});
