import { describe, expect, it } from "vitest";
import { describeField, emptyWord } from "../../../lib/validation/field-subjects.ts";

describe("emptyWord", () => {
  it("agrees with what the problem is said of: et felt, et emne, et svar, but en oplægsholder", () => {
    expect(emptyWord("title")).toBe("tomt");
    expect(emptyWord("speakers[1].name")).toBe("tomt");
    expect(emptyWord("tags[0]")).toBe("tomt");
    expect(emptyWord(undefined)).toBe("tomt");
    expect(emptyWord("speakers[1]")).toBe("tom");
    expect(emptyWord("activities[0]")).toBe("tom");
  });
});

describe("describeField", () => {
  it("counts list positions from 1, in Danish, with the path as written in brackets", () => {
    expect(describeField("speakers[1]")).toBe("2. oplægsholder (speakers[1])");
    expect(describeField("speakers[0].name")).toBe('1. oplægsholder (speakers[0]), felt "name"');
    expect(describeField("outcomes.taskForce[2].organisation")).toBe('3. person i task forcen (outcomes.taskForce[2]), felt "organisation"');
    expect(describeField("activities[9].venue.name")).toBe('10. aktivitet (activities[9]), felt "venue.name"');
    expect(describeField("sdgs[0]")).toBe("1. verdensmål (sdgs[0])");
  });

  it("names a field outside lists, or in a list it has no word for, by its path", () => {
    expect(describeField("meeting.start")).toBe('felt "meeting.start"');
    expect(describeField("ukendt[0]")).toBe('felt "ukendt[0]"');
  });
});
