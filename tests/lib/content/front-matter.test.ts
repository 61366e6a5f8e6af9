import { describe, expect, it } from "vitest";
import matter from "gray-matter";
import { frontMatterOptions, readSourceFile } from "../../../lib/content/front-matter.ts";

const FILE = "content/posts/x.md";

describe("readSourceFile", () => {
  it("splits front matter from the body", () => {
    const { source, problems } = readSourceFile(FILE, "---\ntitle: Hej\n---\n\n# Brødtekst\n");
    expect(problems).toEqual([]);
    expect(source?.data).toEqual({ title: "Hej" });
    expect(source?.body.trim()).toBe("# Brødtekst");
  });

  it("leaves dates as text, so impossible ones can be caught", () => {
    expect(readSourceFile(FILE, "---\ndate: 2019-02-30\n---\n").source?.data).toEqual({ date: "2019-02-30" });
  });

  it("tolerates a byte order mark and Windows line endings", () => {
    const { source } = readSourceFile(FILE, "\uFEFF---\r\ntitle: Hej\r\n---\r\nTekst\r\n");
    expect(source?.data).toEqual({ title: "Hej" });
  });

  it.each(["", "   \n\n"])("reports an empty file (%j)", (text) => {
    expect(readSourceFile(FILE, text).problems).toEqual([
      expect.objectContaining({ file: FILE, message: "Filen er tom." }),
    ]);
  });

  it("reports a file without front matter", () => {
    const { problems } = readSourceFile(FILE, "# Bare tekst\n");
    expect(problems).toEqual([expect.objectContaining({ line: 1, message: "Filen begynder ikke med felter (front matter)." })]);
  });

  it("reports a field written twice, at the second, naming the first", () => {
    const { problems } = readSourceFile(FILE, "---\ntitle: Hej\ntitle: Igen\n---\n");
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, line: 3, column: 1, message: 'Feltet "title" står to gange (også på linje 2).' }),
    ]);
  });

  it("tells where each field was written, and the value as typed", () => {
    const { source } = readSourceFile(FILE, "---\ntitle: Hej\nmeeting:\n  start: 8.30\nspeakers:\n  - name: A\n  - name: B\n---\n\nTekst\n");
    expect(source?.locate(["meeting", "start"])).toEqual({ line: 4, column: 3, typed: "8.30" });
    expect(source?.locate(["speakers", 1])).toEqual({ line: 7, column: 5 });
    expect(source?.locate(["speakers", 1, "role"])).toEqual({ line: 7, column: 5 });
    expect(source?.bodyLine).toBe(9);
  });

  it("gives Eleventy the same reading as the validator", () => {
    const text = "---\ndate: 2019-02-30\nstart: 08:30\nflag: yes\n---\n";
    expect(matter(text, frontMatterOptions).data).toEqual(readSourceFile(FILE, text).source?.data);
    expect(readSourceFile(FILE, text).source?.data).toEqual({ date: "2019-02-30", start: "08:30", flag: "yes" });
  });

  it("reports a colon in unquoted text", () => {
    const { problems } = readSourceFile(FILE, "---\ntitle: Hej\nsummary: Mødet: en opsummering: nu\n---\n");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 15 });
    expect(problems[0]?.hint).toContain("anførselstegn");
  });

  it("reports front matter that is not fields", () => {
    expect(readSourceFile(FILE, "---\n- en\n- liste\n---\n").problems[0]?.message).toMatch(/kan ikke læses som felter/);
  });
});
