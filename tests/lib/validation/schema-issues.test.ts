import { describe, expect, it } from "vitest";
import { formatFieldPath, suggestField } from "../../../lib/validation/schema-issues.ts";

describe("formatFieldPath", () => {
  it("writes list positions in brackets", () => {
    expect(formatFieldPath(["speakers", 1, "name"])).toBe("speakers[1].name");
    expect(formatFieldPath(["outcomes", "taskForce", 0, "url"])).toBe("outcomes.taskForce[0].url");
    expect(formatFieldPath(["sdgs", 2])).toBe("sdgs[2]");
  });
});

describe("suggestField", () => {
  const known = ["title", "date", "summary", "tags", "speakers", "outcomes", "sdgs"];

  it("finds the field a typo meant", () => {
    expect(suggestField("speakrs", known)).toBe("speakers");
    expect(suggestField("Title", known)).toBe("title");
    expect(suggestField("sdg", known)).toBe("sdgs");
  });

  it("suggests nothing for a word that is not close", () => {
    expect(suggestField("layout", known)).toBeUndefined();
    expect(suggestField("x", [])).toBeUndefined();
  });
});
