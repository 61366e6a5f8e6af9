import { describe, expect, it } from "vitest";
import { readSourceFile } from "../../../lib/content/front-matter.ts";

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

  it("reports invalid YAML with its line and column in the file", () => {
    const { problems } = readSourceFile(FILE, "---\ntitle: Hej\ntitle: Igen\n---\n");
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, line: 3, column: 1, message: "Et felt står to gange." }),
    ]);
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
