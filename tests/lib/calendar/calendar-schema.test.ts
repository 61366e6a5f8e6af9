import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, calendarSchema, isReservedId } from "../../../lib/calendar/calendar-schema.ts";
import { listDocumentedFields } from "../../../lib/validation/field-docs.ts";

describe("the calendar schema", () => {
  it("documents every field, so every error has a hint and the guide lists it", () => {
    expect(listDocumentedFields(calendarSchema).map((field) => field.path)).toEqual([
      "description",
      "activities",
      "activities[].id",
      "activities[].title",
      "activities[].date",
      "activities[].start",
      "activities[].end",
      "activities[].venue",
      "activities[].venue.name",
      "activities[].venue.address",
      "activities[].kind",
      "activities[].description",
      "activities[].status",
      "activities[].post",
    ]);
  });

  it("marks exactly the fields that must be filled in", () => {
    const required = listDocumentedFields(calendarSchema).filter((field) => field.doc.required).map((field) => field.path);
    expect(required).toEqual(["activities", "activities[].id", "activities[].title", "activities[].venue.name", "activities[].kind", "activities[].status"]);
  });

  it("labels statuses with the glossary's words", () => {
    expect(ACTIVITY_STATUSES.tentative).toBe("Foreløbig – dato følger");
    expect(ACTIVITY_STATUSES.cancelled).toBe("Aflyst");
    expect(ACTIVITY_KINDS.folkemødet).toBe("Folkemødet");
  });

  it("reserves the anchors the page itself uses", () => {
    expect(isReservedId("indhold")).toBe(true);
    expect(isReservedId("kalender-abonner")).toBe(true);
    expect(isReservedId("search-sort")).toBe(true);
    expect(isReservedId("kalenderen-lanceres")).toBe(false);
  });
});
