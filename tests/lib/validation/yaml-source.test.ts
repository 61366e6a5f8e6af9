import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { parseYamlValue, readDataFile, readYaml, YAML_OPTIONS } from "../../../lib/validation/yaml-source.ts";

/** What `yaml`'s document parser, the reference for every YAML file of the site, makes of a text. */
function reference(text: string): unknown {
  const document = parseDocument(text, YAML_OPTIONS);
  expect(document.errors).toEqual([]);
  return document.toJS({ maxAliasCount: 100 });
}

// Plain scalars are where schemas differ: YAML 1.1 habits (yes, 08:30 as
// sexagesimal minutes, 1_000, 014 as octal) against YAML 1.2's core schema.
const SCALARS = [
  "8.30", "08:30", "12:30:00", "2019-02-30", "2018-10-05T09:00:00Z", "yes", "No", "on", "OFF", "y",
  "true", "True", "TRUE", "tRue", "false", "False", "FALSE", "null", "Null", "NULL", "nULL", "~", "",
  "0", "-0", "+12", "014", "0o14", "0o19", "0x1F", "0X1F", "0b101", "1_000", "1,5", "3.", ".5", "-.5", "+1.25",
  "1e3", "1E-2", "6.02e+23", ".e3", "1.2.3", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", ".NAN", "-.nan", "inf",
  "99999999999999999999", "Ernst & Young", "a # comment", "'quoted'", '"quoted \\u00e6"',
];

describe("readYaml", () => {
  it.each(SCALARS)("reads the plain scalar %j as `yaml`'s core schema does", (scalar) => {
    const text = `value: ${scalar}\n`;
    expect(readYaml("x.yaml", text).source?.value).toEqual(reference(text));
    expect(parseYamlValue(text)).toEqual(reference(text));
  });

  it("reads a whole front matter (lists, maps, block and flow styles, quotes) as `yaml` does", () => {
    const text = [
      "title: \"Møde: 2019\"",
      "date: 2019-03-14",
      "summary: >-",
      "  En lang tekst,",
      "  foldet over to linjer.",
      "mission: |",
      "  Første linje",
      "  Anden linje",
      "tags: [klima, 'SMV', \"CSR & co\"]",
      "sdgs:",
      "  - 13",
      "  - 17",
      "meeting: { start: \"08:30\", end: 10:00 }",
      "speakers:",
      "  - name: Anne Hansen",
      "    role: Direktør",
      "    url: https://example.dk/a?b=c#d",
      "  -   name: Bo",
      "      organisation: Ernst & Young",
      "draft: false",
      "empty:",
      "",
    ].join("\n");
    expect(readYaml("x.md", text).source?.value).toEqual(reference(text));
  });

  it("reads an empty text as null, as `yaml` does", () => {
    expect(readYaml("x.yaml", "").source?.value).toBeNull();
    expect(readYaml("x.yaml", "# only a comment\n").source?.value).toBeNull();
  });

  it("reads anchors, aliases and tags as `yaml` does", () => {
    const text = "base: &base { name: Anne }\nspeakers: [*base, *base]\ncount: !!str 12\n";
    expect(readYaml("x.yaml", text).source?.value).toEqual(reference(text));
    expect(readYaml("x.yaml", text).source?.value).toEqual({ base: { name: "Anne" }, speakers: [{ name: "Anne" }, { name: "Anne" }], count: "12" });
  });

  it("still finds where each field was written, and the value as typed", () => {
    const text = "title: Møde\nmeeting:\n  start: 8.30\nspeakers:\n  - name: Anne\n  - name: Bo\n";
    const locate = readYaml("x.md", text, 2).source?.locate;
    expect(locate?.(["meeting", "start"])).toEqual({ line: 4, column: 3, typed: "8.30" });
    expect(locate?.(["speakers", 1, "name"])).toEqual({ line: 7, column: 5, typed: "Bo" });
    expect(locate?.(["venue"])).toEqual({ line: 2, column: 1 });
  });

  it.each([
    ["an unquoted colon", "title: SDG 13: Klima\n"],
    ["a quote never closed", 'title: "Møde\ndate: 2019-01-01\n'],
    ["quotes inside quotes", 'title: "Et "godt" møde"\n'],
    ["a tab for indentation", "meeting:\n\tstart: 08:30\n"],
    ["a list item at column 0 inside a map", "speakers:\n  - name: A\n- name: B\n"],
    ["a stray leading space", "title: A\n summary: B\n"],
  ])("finds %s a mistake, as `yaml` does", (_, text) => {
    expect(parseDocument(text, YAML_OPTIONS).errors).not.toEqual([]);
    expect(readYaml("x.md", text).problems).toHaveLength(1);
    expect(() => parseYamlValue(text)).toThrow();
  });

  it("names the field written twice, though the value could be read", () => {
    const { source, problems } = readYaml("x.md", "title: A\ndate: 2019-01-01\ntitle: B\n");
    expect(source).toBeUndefined();
    expect(problems).toMatchObject([{ line: 3, message: 'Feltet "title" står to gange (også på linje 1).' }]);
  });

  it("refuses an alias bomb rather than expanding it", () => {
    const text = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, level) => {
      const name = String.fromCharCode(98 + level);
      const previous = String.fromCharCode(97 + level);
      return `${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(", ")}]`;
    })].join("\n");
    expect(() => parseYamlValue(text)).toThrow();
  });
});

describe("readDataFile", () => {
  it("reads a data file saved with a byte order mark, keeping dates as text and lines as written", () => {
    const { source, problems } = readDataFile("data/calendar/2019.yaml", "\uFEFFactivities:\n  - date: 2019-02-30\n");
    expect(problems).toEqual([]);
    expect(source?.value).toEqual({ activities: [{ date: "2019-02-30" }] });
    expect(source?.locate(["activities", 0, "date"])?.line).toBe(2);
  });

  it("reports a syntax error as a problem naming the file, at the line and column of the mistake", () => {
    // The second ": " in an unquoted title.
    const { source, problems } = readDataFile("data/calendar/2019.yaml", "\uFEFFactivities:\n  - title: Møde: om CSR\n");
    expect(source).toBeUndefined();
    expect(problems.map(({ file, line, column }) => ({ file, line, column }))).toEqual([{ file: "data/calendar/2019.yaml", line: 2, column: 16 }]);
  });
});
