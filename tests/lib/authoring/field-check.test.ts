import { describe, expect, it } from "vitest";
import { checkField, checkFieldInGroup } from "../../../lib/authoring/field-check.ts";

describe("checkField", () => {
  it("accepts a good answer", () => {
    expect(checkField(["title"], "Morgenmøde")).toBeUndefined();
    expect(checkField(["meeting", "start"], "08:30")).toBeUndefined();
    expect(checkField(["speakers", 0, "name"], "Jon Kiellberg")).toBeUndefined();
    expect(checkField(["sdgs"], [8, 17])).toBeUndefined();
  });

  it("explains a bad one in Danish with the build's message and the field's hint", () => {
    expect(checkField(["date"], "1/3 2019")).toBe(
      'Svaret er "1/3 2019", men skal skrives som år-måned-dag. Skriv datoen som år-måned-dag, fx 2018-10-05.',
    );
    expect(checkField(["meeting", "date"], "2019-02-30")).toBe(
      "Svaret er 2019-02-30, som ikke findes i kalenderen. Skriv datoen som år-måned-dag, fx 2018-10-05.",
    );
    expect(checkField(["title"], "   ")).toBe('Svaret må ikke være tomt. Skriv en titel, fx "Årets sidste netværksmøde".');
  });

  it("uses the list's hint for an item without its own", () => {
    expect(checkField(["sdgs"], [18])).toMatch(/^Svaret må højst være 17, men er tallet 18\. Skriv verdensmålenes numre/);
  });
});

describe("checkFieldInGroup", () => {
  it("checks a meeting's end against its start", () => {
    expect(checkFieldInGroup(["meeting"], { date: "2019-03-01", start: "10:00", end: "09:00" }, "end")).toBe(
      'Svaret er 09:00, som ikke ligger efter starttidspunktet 10:00. Skriv klokkeslættet som timer:minutter i anførselstegn, fx "10:00".',
    );
    expect(checkFieldInGroup(["meeting"], { date: "2019-03-01", start: "08:30", end: "10:00" }, "end")).toBeUndefined();
  });

  it("ignores problems in other fields of the group", () => {
    expect(checkFieldInGroup(["meeting"], { date: "i går", start: "08:30" }, "start")).toBeUndefined();
  });
});
