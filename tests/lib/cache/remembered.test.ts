import { describe, expect, it } from "vitest";
import { remembered, rememberedLast } from "../../../lib/cache/remembered.ts";

describe("remembered", () => {
  it("computes each distinct call once and answers repeats from memory", () => {
    const calls: string[] = [];
    const shout = remembered((word: string, times: number) => {
      calls.push(`${word}×${times}`);
      return word.toUpperCase().repeat(times);
    });
    expect(shout("hej", 2)).toBe("HEJHEJ");
    expect(shout("hej", 2)).toBe("HEJHEJ");
    expect(shout("hej", 1)).toBe("HEJ");
    expect(calls).toEqual(["hej×2", "hej×1"]);
  });

  it("tells a missing argument from the text \"undefined\"", () => {
    const describe = remembered((value: string | undefined) => (value === undefined ? "mangler" : `tekst: ${value}`));
    expect(describe(undefined)).toBe("mangler");
    expect(describe("undefined")).toBe("tekst: undefined");
  });

  it("remembers an answer that is undefined", () => {
    let count = 0;
    const nothing = remembered((_key: string) => {
      count += 1;
      return undefined;
    });
    nothing("a");
    nothing("a");
    expect(count).toBe(1);
  });

  it("does not remember a call that threw", () => {
    let count = 0;
    const failing = remembered((_key: string) => {
      count += 1;
      throw new RangeError("nej");
    });
    expect(() => failing("a")).toThrow("nej");
    expect(() => failing("a")).toThrow("nej");
    expect(count).toBe(2);
  });
});

describe("rememberedLast", () => {
  it("answers from memory while the items' keys are the same, in the same order, and works it out again otherwise", () => {
    const calls: string[][] = [];
    const titles = rememberedLast(
      (item: { title: string }) => item.title,
      (items) => {
        calls.push(items.map((item) => item.title));
        return items.map((item) => item.title).join(", ");
      },
    );
    expect(titles([{ title: "A" }, { title: "B" }])).toBe("A, B");
    // Other objects with the same keys: the answer before.
    expect(titles([{ title: "A" }, { title: "B" }])).toBe("A, B");
    expect(titles([{ title: "B" }, { title: "A" }])).toBe("B, A");
    expect(titles([{ title: "B" }])).toBe("B");
    expect(calls).toEqual([["A", "B"], ["B", "A"], ["B"]]);
  });
});
