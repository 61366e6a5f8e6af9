import { describe, expect, it } from "vitest";
import {
  ContentError,
  formatProblem,
  formatProblemGroups,
  formatProblemReport,
  formatWarningReport,
  repositoryPath,
} from "../../../lib/validation/problems.ts";

describe("formatProblem", () => {
  it("names the file, the field, what is wrong and the fix", () => {
    expect(
      formatProblem({
        file: "content/posts/2019/moede.md",
        field: "speakers[1].organisation",
        message: "mangler.",
        hint: 'Skriv organisationens navn, fx "IBM Danmark".',
      }),
    ).toBe('content/posts/2019/moede.md: 2. oplægsholder (speakers[1]), felt "organisation" mangler. Skriv organisationens navn, fx "IBM Danmark".');
  });

  it("gives line and column when known, and no field for a whole-file problem", () => {
    expect(formatProblem({ file: "a.md", line: 3, column: 7, message: "Et felt står to gange." })).toBe(
      "a.md:3:7: Et felt står to gange.",
    );
  });
});

describe("ContentError", () => {
  it("reports every problem grouped under its file, named once, with a count, and hides its stack from Eleventy", () => {
    const error = new ContentError([
      { file: "content/posts/2019/a.md", field: "title", line: 2, column: 1, message: "mangler." },
      { file: "b.md", message: "Filen er tom." },
      { file: "content/posts/2019/a.md", field: "date", line: 1, column: 1, message: "mangler." },
    ]);
    expect(error.message).toBe(formatProblemReport(error.problems));
    expect(error.message.split("\n")).toEqual([
      "Siden blev ikke bygget: der er 3 fejl i indholdet. Intet er udgivet eller ændret.",
      "",
      "content/posts/2019/a.md",
      '  linje 1: felt "date" mangler.',
      '  linje 2: felt "title" mangler.',
      "",
      "b.md",
      "  Filen er tom.",
      "",
      "Ret fejlene, og byg igen.",
    ]);
    expect(error.skipOriginalStack).toBe(true);
  });

  it("speaks of one error in the singular", () => {
    expect(formatProblemReport([{ file: "a.md", message: "Filen er tom." }]).split("\n").at(-1)).toBe("Ret fejlen, og byg igen.");
  });

  it("quotes a line with a marker under the column, tabs kept so the marker lines up", () => {
    const lines = formatProblemGroups([
      { file: "a.md", line: 12, column: 18, excerpt: "title: Morgenmøde: frivillighed", message: "Kolon." },
      { file: "a.md", line: 13, column: 2, excerpt: "\tdate: 2019", message: "Tabulator." },
    ]);
    expect(lines).toEqual([
      "a.md",
      "  linje 12: Kolon.",
      "      12 | title: Morgenmøde: frivillighed",
      "         |                  ^",
      "  linje 13: Tabulator.",
      "      13 | \tdate: 2019",
      "         | \t^",
    ]);
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
      "a.md",
      '  felt "summary" er meget lang.',
      "",
      "b.md",
      "  Navnet staves to måder.",
    ]);
    expect(formatWarningReport([{ file: "a.md", message: "x" }])).toMatch(/^1 advarsel \(siden bygges alligevel, men ret den gerne\):/);
  });
});
