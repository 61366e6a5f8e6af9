import { describe, expect, it } from "vitest";
import { ContentError, formatProblem, formatProblemReport, formatWarningReport, repositoryPath } from "../../../lib/validation/problems.ts";

describe("formatProblem", () => {
  it("names the file, the field, what is wrong and the fix", () => {
    expect(
      formatProblem({
        file: "content/posts/2019/moede.md",
        field: "speakers[1].organisation",
        message: "mangler.",
        hint: 'Skriv organisationens navn, fx "IBM Danmark".',
      }),
    ).toBe('content/posts/2019/moede.md: felt "speakers[1].organisation" mangler. Skriv organisationens navn, fx "IBM Danmark".');
  });

  it("gives line and column when known, and no field for a whole-file problem", () => {
    expect(formatProblem({ file: "a.md", line: 3, column: 7, message: "Et felt står to gange." })).toBe(
      "a.md:3:7: Et felt står to gange.",
    );
  });
});

describe("ContentError", () => {
  it("reports every problem with a count, and hides its stack from Eleventy", () => {
    const error = new ContentError([
      { file: "a.md", field: "title", message: "mangler." },
      { file: "b.md", message: "Filen er tom." },
    ]);
    expect(error.message).toBe(formatProblemReport(error.problems));
    expect(error.message).toMatch(/^Siden blev ikke bygget: der er 2 fejl i indholdet\./);
    expect(error.message).toContain('  a.md: felt "title" mangler.\n  b.md: Filen er tom.');
    expect(error.skipOriginalStack).toBe(true);
  });
});

describe("repositoryPath", () => {
  it("is relative to the root, with forward slashes", () => {
    expect(repositoryPath("/repo", "/repo/content/posts/2019/a.md")).toBe("content/posts/2019/a.md");
  });
});

describe("formatWarningReport", () => {
  it("counts the warnings, says the build goes on, and lists each", () => {
    const report = formatWarningReport([
      { file: "a.md", field: "summary", message: "er meget lang." },
      { file: "b.md", message: "Navnet staves to måder." },
    ]);
    expect(report.split("\n")).toEqual([
      "2 advarsler (siden bygges alligevel, men ret dem gerne):",
      "",
      '  a.md: felt "summary" er meget lang.',
      "  b.md: Navnet staves to måder.",
    ]);
    expect(formatWarningReport([{ file: "a.md", message: "x" }])).toMatch(/^1 advarsel \(/);
  });
});
