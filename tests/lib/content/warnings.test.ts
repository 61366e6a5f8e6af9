import { describe, expect, it } from "vitest";
import type { LoadedPost } from "../../../lib/content/load-posts.ts";
import { SUMMARY_WARNING_LENGTH, postWarnings } from "../../../lib/content/warnings.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";

function loaded(file: string, summary?: string): LoadedPost {
  return {
    file,
    absolutePath: `/repo/${file}`,
    urlPath: "/2019/x/",
    body: "",
    data: { title: "Møde", date: "2019-01-10", ...(summary === undefined ? {} : { summary }) },
  } as LoadedPost;
}

describe("postWarnings", () => {
  it("warns about a summary over the limit, naming file, field and length", () => {
    const long = "a".repeat(SUMMARY_WARNING_LENGTH + 1);
    expect(postWarnings([loaded("a.md", long), loaded("b.md", "kort")])).toEqual([
      expect.objectContaining({ file: "a.md", field: "summary", message: `er ${SUMMARY_WARNING_LENGTH + 1} tegn lang.` }),
    ]);
  });

  it("accepts a summary at the limit and a post without one", () => {
    expect(postWarnings([loaded("a.md", "a".repeat(SUMMARY_WARNING_LENGTH)), loaded("b.md")])).toEqual([]);
  });
});

function withData(data: Partial<LoadedPost["data"]>, body = ""): LoadedPost {
  return { ...loaded("c.md"), body, data: { title: "Møde", date: "2019-01-10", ...data } } as LoadedPost;
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
