import { describe, expect, it } from "vitest";
import type { LoadedPost } from "../../../lib/content/load-posts.ts";
import { SUMMARY_WARNING_LENGTH, postWarnings } from "../../../lib/content/warnings.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";

/** A post with a summary and a line of text: nothing to warn about but what a test adds. */
function loaded(file: string, summary: string | null = "Et kort resumé.", body = "Tekst."): LoadedPost {
  return {
    file,
    absolutePath: `/repo/${file}`,
    urlPath: "/2019/x/",
    body,
    bodyLine: 5,
    data: { title: "Møde", date: "2019-01-10", ...(summary === null ? {} : { summary }) },
  } as LoadedPost;
}

describe("postWarnings", () => {
  it("warns about a summary over the limit, naming file, field and length", () => {
    const long = "a".repeat(SUMMARY_WARNING_LENGTH + 1);
    expect(postWarnings([loaded("a.md", long), loaded("b.md", "kort")])).toEqual([
      expect.objectContaining({ file: "a.md", field: "summary", message: `er ${SUMMARY_WARNING_LENGTH + 1} tegn lang.` }),
    ]);
  });

  it("accepts a summary at the limit", () => {
    expect(postWarnings([loaded("a.md", "a".repeat(SUMMARY_WARNING_LENGTH))])).toEqual([]);
  });

  it("warns about a post without a summary", () => {
    expect(postWarnings([loaded("b.md", null)])).toEqual([
      expect.objectContaining({
        file: "b.md",
        field: "summary",
        message: "mangler: indlægget har intet resumé til forsiden, nyhedsfeeds og søgeresultater.",
      }),
    ]);
  });
});

describe("postWarnings on the body", () => {
  const template = "## Om mødet\n\n[//]: # (Skriv her, hvad der skete på mødet.)\n\n## Fra ord til handling\n\n[//]: # (Skriv her, hvad mødet førte til.)\n";

  it.each([
    ["empty", ""],
    ["only the new-post template's headings and notes", template],
  ])("warns about a body with no text: %s", (_, body) => {
    expect(postWarnings([loaded("a.md", "Resumé.", body)])).toEqual([
      {
        file: "a.md",
        line: 5,
        message: "Indlægget har ingen tekst endnu, kun overskrifter eller hjælpetekst.",
        hint: "Skriv teksten under overskrifterne (linjerne, der begynder med [//]: #, vises ikke og kan slettes).",
      },
    ]);
  });

  it("warns about two headings with nothing but notes between them, at the first one's line", () => {
    const body = template.replace("[//]: # (Skriv her, hvad mødet førte til.)", "Der blev nedsat en task force.");
    expect(postWarnings([loaded("a.md", "Resumé.", body)])).toEqual([
      {
        file: "a.md",
        line: 5,
        message: 'Overskriften "Om mødet" har ingen tekst under sig, før overskriften "Fra ord til handling".',
        hint: "Skriv tekst under overskriften, eller slet den.",
      },
    ]);
  });

  it("does not count a # inside a code block as a heading", () => {
    expect(postWarnings([loaded("a.md", "Resumé.", "## Kode\n\n```\n# ikke en overskrift\n```\n\n## Mere\n\nTekst.\n")])).toEqual([]);
  });
});

function withData(data: Partial<LoadedPost["data"]>, body = "Tekst."): LoadedPost {
  return { ...loaded("c.md"), body, data: { title: "Møde", date: "2019-01-10", summary: "Kort.", ...data } } as LoadedPost;
}

describe("postWarnings on meetings and images", () => {
  it("warns about a meeting without speakers", () => {
    expect(postWarnings([withData({ meeting: { date: "2019-01-10" } })])).toEqual([
      expect.objectContaining({ file: "c.md", field: "speakers", message: "mangler: mødet har ingen oplægsholdere." }),
    ]);
    expect(postWarnings([withData({ meeting: { date: "2019-01-10" }, speakers: [] })])).toHaveLength(1);
  });

  it("accepts a meeting with speakers, and a post about no meeting", () => {
    expect(postWarnings([withData({ meeting: { date: "2019-01-10" }, speakers: [{ name: "Jon Kiellberg" }] })])).toEqual([]);
    expect(postWarnings([withData({})])).toEqual([]);
  });

  it("warns about each image without alt text, naming it", () => {
    const body = "Tekst.\n\n![](uden.jpg) ![Deltagerne](med.jpg)\n\n![  ](blank.png)\n";
    expect(postWarnings([withData({}, body)]).map((warning) => warning.message)).toEqual([
      'Billedet "uden.jpg" har ingen alt-tekst.',
      'Billedet "blank.png" har ingen alt-tekst.',
    ]);
  });
});
