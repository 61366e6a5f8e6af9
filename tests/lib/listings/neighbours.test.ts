import { describe, expect, it } from "vitest";
import { neighbourFinder } from "../../../lib/listings/neighbours.ts";

const near = neighbourFinder((item: { id: string }) => item.id);
const list = [{ id: "a" }, { id: "b" }, { id: "c" }];

describe("neighbourFinder", () => {
  it("gives the item before and after, and nothing past either end", () => {
    expect(near(list, "b", -1)).toBe(list[0]);
    expect(near(list, "b", 1)).toBe(list[2]);
    expect(near(list, "a", -1)).toBeUndefined();
    expect(near(list, "c", 1)).toBeUndefined();
  });

  it("gives nothing for an item not in the list", () => {
    expect(near(list, "x", 1)).toBeUndefined();
  });

  it("keeps each list's own order apart", () => {
    const reversed = [...list].reverse();
    expect(near(reversed, "b", 1)).toBe(list[0]);
    expect(near(list, "b", 1)).toBe(list[2]);
  });
});
