import { describe, expect, it } from "vitest";
import { contrastRatio, parseHexColour, relativeLuminance } from "../../../lib/design/contrast.ts";

describe("contrastRatio", () => {
  it("is 21 for black on white and 1 for a colour on itself, in either order", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#fff", "#000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#0a5a48", "#0a5a48")).toBe(1);
  });

  it("puts #767676 on white just above AA's 4.5 and #777777 just below", () => {
    // The well-known boundary: #767676 on white is 4.54:1, #777777 is 4.48:1.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});

describe("relativeLuminance", () => {
  it("weighs green most, as the eye does", () => {
    expect(relativeLuminance("#00ff00")).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance("#ff0000")).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance("#0000ff")).toBeCloseTo(0.0722, 4);
  });
});

describe("parseHexColour", () => {
  it("reads short and long forms, and refuses anything else", () => {
    expect(parseHexColour("#0a5a48")).toEqual([10, 90, 72]);
    expect(parseHexColour("#FFF")).toEqual([255, 255, 255]);
    expect(() => parseHexColour("rgb(0 0 0)")).toThrow(RangeError);
  });
});
