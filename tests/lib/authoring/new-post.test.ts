import { describe, expect, it } from "vitest";
import { type NewPost, frontMatterOf, postLocation, renderPostFile } from "../../../lib/authoring/new-post.ts";
import { readSourceFile } from "../../../lib/content/front-matter.ts";
import { createMarkdown } from "../../../lib/markdown/create-markdown.ts";
import { validatePost } from "../../../lib/content/validate-post.ts";

// Text YAML would read as something else, or not at all, if written bare.
const TRICKY = ['Møde: "CSR" & #1', "yes", "null", "08:30", "17", "- punkt", "'enkelt'", "[liste]", "{ gruppe }", "tekst # ikke en kommentar", "2019-03-01"];

const full: NewPost = {
  title: TRICKY[0] ?? "",
  date: "2019-03-01",
  meeting: { date: "2019-03-05", start: "08:30", end: "10:00", venue: { name: "Sted: et sted", address: "Vej 1, 1620 København V" } },
  speakers: [{ name: "Jon Kiellberg", role: "Direktør", organisation: "ReMind" }, { name: "Anna" }],
  tags: TRICKY,
  sdgs: [8, 17],
  draft: true,
};

describe("renderPostFile", () => {
  it("reads back as the same data and a valid post, however tricky the text", () => {
    const text = renderPostFile(full);
    expect(readSourceFile("ny.md", text).source?.data).toEqual(frontMatterOf(full));
    const { post, problems } = validatePost("ny.md", text);
    expect(problems).toEqual([]);
    expect(post?.data.tags).toEqual(TRICKY);
    expect(post?.data.meeting?.start).toBe("08:30");
  });

  it("leaves out what was not answered", () => {
    const minimal: NewPost = { title: "Nyhed", date: "2019-03-01", speakers: [], tags: [], sdgs: [], draft: false };
    expect(readSourceFile("ny.md", renderPostFile(minimal)).source?.data).toEqual({ title: "Nyhed", date: "2019-03-01" });
  });

  it("offers mission, summary and outcomes as comments, and headings whose hints are never shown", () => {
    const text = renderPostFile({ title: "Nyhed", date: "2019-03-01", speakers: [], tags: [], sdgs: [], draft: false });
    expect(text).toMatch(/^#mission: /m);
    expect(text).toMatch(/^#outcomes:$/m);
    const body = readSourceFile("ny.md", text).source?.body ?? "";
    const html = createMarkdown().render(body);
    expect(html).toContain(">Om mødet<");
    expect(html).toContain(">Fra ord til handling<");
    expect(html).not.toContain("Skriv her");
  });
});

describe("the placeholder lines of a new post", () => {
  const minimal = { title: "Nyhed", date: "2019-03-01", speakers: [], tags: [], sdgs: [], draft: false };
  /** The front matter's commented field lines (not the instruction above them). */
  const hintLines = (text: string) =>
    (text.split("\n---\n")[0] ?? "").split("\n").filter((line) => line.startsWith("#") && !line.startsWith("# Fjern"));

  // Regression: the hints were "# summary: …", and removing only the # left a
  // space before the field, which YAML refuses ("Indrykningen passer ikke").
  it.each(["#summary:", "#mission:"])("leave valid YAML when the # before %s is removed, as the guide says", (start) => {
    const text = renderPostFile(minimal);
    const line = hintLines(text).find((candidate) => candidate.startsWith(start)) ?? "";
    const { source, problems } = readSourceFile("ny.md", text.replace(line, line.slice(1)));
    expect(problems).toEqual([]);
    expect(Object.keys(source?.data ?? {})).toContain(start.slice(1, -1));
  });

  it("leave valid YAML with every # removed, outcomes nested as they should be", () => {
    const text = renderPostFile(minimal);
    const uncommented = hintLines(text).reduce((file, line) => file.replace(line, line.slice(1)), text);
    const { source, problems } = readSourceFile("ny.md", uncommented);
    expect(problems).toEqual([]);
    expect(source?.data).toMatchObject({
      summary: expect.any(String),
      mission: expect.any(String),
      outcomes: { summary: expect.any(String), actions: [expect.any(String)], deadline: "2019-12-20" },
    });
  });

  it("are left out for what was answered", () => {
    const text = renderPostFile({ ...minimal, summary: "Et resumé.", mission: "En mission." });
    expect(hintLines(text).map((line) => line.split(":")[0])).toEqual(["#outcomes", "#  summary", "#  actions", "#    - \"En handling, mødet aftalte\"", "#  deadline"]);
    expect(readSourceFile("ny.md", text).source?.data).toMatchObject({ summary: "Et resumé.", mission: "En mission." });
  });
});

describe("postLocation", () => {
  it("puts the post in its year's folder, named by date and slug, at its address", () => {
    expect(postLocation({ title: "Årets første møde", date: "2019-03-01" })).toEqual({
      file: "content/posts/2019/2019-03-01-aarets-foerste-moede.md",
      urlPath: "/2019/aarets-foerste-moede/",
    });
  });
});
