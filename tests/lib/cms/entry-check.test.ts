import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { entryProblems } from "../../../lib/cms/entry-check.ts";

describe("entryProblems", () => {
  it("finds nothing in a post the build accepts, whatever the form left empty", () => {
    const form = { title: "Møde", date: "2019-03-01", summary: "", meeting: { venue: {} }, speakers: [], body: "Tekst", cms_year: "2019", cms_name: "x" };
    expect(entryProblems("posts", form)).toEqual([]);
  });

  it("refuses, in Danish with the field, what the form cannot require: a meeting without its date", () => {
    const problems = entryProblems("posts", { title: "Møde", date: "2019-03-01", meeting: { start: "08:30" } });
    expect(problems).toEqual([expect.stringMatching(/^felt "meeting\.date" /)]);
  });

  it("refuses a meeting that ends before it starts, as the build does", () => {
    const problems = entryProblems("posts", { title: "Møde", date: "2019-03-01", meeting: { date: "2019-03-01", start: "10:00", end: "08:30" } });
    expect(problems).toEqual([expect.stringContaining('felt "meeting.end" er 08:30, som ikke ligger efter starttidspunktet 10:00.')]);
  });

  it("checks calendars against the calendar schema", () => {
    expect(entryProblems("calendar", { activities: [{ id: "x", title: "X", kind: "andet", status: "confirmed" }] })).toEqual([
      expect.stringMatching(/^felt "activities\[0\]\.date" /),
    ]);
  });

  it("leaves the standing pages, which have no schema, to the form's required fields", () => {
    expect(entryProblems("pages", { title: "", description: "" })).toEqual([]);
  });
});

describe("entryProblems for the settings", () => {
  let shipped: Record<string, unknown>;
  beforeAll(async () => {
    shipped = JSON.parse(await readFile("data/site.json", "utf8")) as Record<string, unknown>;
  });

  it("finds nothing in the shipped settings, nor once the form has cleared the editor's optional fields", () => {
    expect(entryProblems("settings", shipped)).toEqual([]);
    expect(entryProblems("settings", { ...shipped, cms: { repo: "", branch: "", authUrl: "", editLink: false } })).toEqual([]);
  });

  it("refuses an address with a path in Danish, naming the field and how to write it", () => {
    expect(entryProblems("settings", { ...shipped, url: "https://blog.csrforum.dk/blog" })).toEqual([
      'felt "url" har stien "/blog", men må kun være sidens protokol og domæne. Skriv adressen med https:// og uden sti, fx "https://blog.csrforum.dk"; en undermappe sættes med PATH_PREFIX.',
    ]);
  });

  // The build refuses it unless CMS_REPO is set, which the form cannot know.
  it("refuses the 'Ret indlægget' link once the repository is cleared, as npm run check would", () => {
    expect(entryProblems("settings", { ...shipped, cms: { repo: "", editLink: true } })).toEqual([
      'felt "cms.editLink" er slået til, men redaktionen ved ikke, hvilket GitHub-depot den skal gemme i, så "Ret indlægget" ville føre ingen steder hen. Skriv depotet i cms.repo, fx "csrforum/blog", eller sæt CMS_REPO.',
    ]);
    expect(entryProblems("settings", { ...shipped, cms: { repo: "csrforum/blog", editLink: true } })).toEqual([]);
  });

  it("refuses a login service that is not https, and a repository that is not owner/name", () => {
    const problems = entryProblems("settings", { ...shipped, cms: { repo: "blog", authUrl: "http://login.csrforum.dk" } });
    expect(problems).toEqual([expect.stringMatching(/^felt "cms\.repo" er "blog", men skal være ejer\/navn/), expect.stringMatching(/^felt "cms\.authUrl" er "http:\/\/login\.csrforum\.dk", men skal begynde med https:\/\//)]);
  });
});
