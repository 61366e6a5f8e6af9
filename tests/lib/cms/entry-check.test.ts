import { describe, expect, it } from "vitest";
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

  it("checks calendars against the calendar schema, and leaves other collections to the build", () => {
    expect(entryProblems("calendar", { activities: [{ id: "x", title: "X", kind: "andet", status: "confirmed" }] })).toEqual([
      expect.stringMatching(/^felt "activities\[0\]\.date" /),
    ]);
    expect(entryProblems("settings", { title: "" })).toEqual([]);
  });
});
