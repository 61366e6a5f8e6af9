import { describe, expect, it } from "vitest";
import { SDG_COUNT } from "../../../lib/content/post-schema.ts";
import { SDG_NAMES, sdgName } from "../../../lib/content/sdgs.ts";

describe("sdgName", () => {
  it("names every goal in Danish", () => {
    expect(Object.keys(SDG_NAMES).map(Number)).toEqual(Array.from({ length: SDG_COUNT }, (_, index) => index + 1));
    expect(sdgName(17)).toBe("Partnerskaber for handling");
    expect(sdgName(1)).toBe("Afskaf fattigdom");
  });

  it("refuses a goal that does not exist", () => {
    expect(() => sdgName(18)).toThrow(RangeError);
  });
});
