import { describe, expect, it } from "vitest";
import { SeededRandom } from "../../../lib/bench/random.ts";

const draws = (random: SeededRandom, count: number) => Array.from({ length: count }, () => random.next());

describe("SeededRandom", () => {
  it("gives the same sequence for the same seed, and another for another seed", () => {
    expect(draws(new SeededRandom(7), 20)).toEqual(draws(new SeededRandom(7), 20));
    expect(draws(new SeededRandom(7), 20)).not.toEqual(draws(new SeededRandom(8), 20));
  });

  it("keeps floats in [0, 1) and integers within both ends", () => {
    const random = new SeededRandom(1);
    const floats = draws(random, 1000);
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...floats)).toBeLessThan(1);
    const ints = new Set(Array.from({ length: 1000 }, () => random.int(3, 5)));
    expect([...ints].sort()).toEqual([3, 4, 5]);
  });

  it("draws the first items of a skewed pick far more often than the last", () => {
    const random = new SeededRandom(3);
    const items = Array.from({ length: 100 }, (_, index) => index);
    const counts = new Map<number, number>();
    for (let i = 0; i < 10_000; i += 1) {
      const item = random.pickSkewed(items);
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    // Weight 1/(i+1): item 0 is about 100 times as likely as item 99, and every item can come up.
    expect(counts.get(0) ?? 0).toBeGreaterThan(10 * (counts.get(99) ?? 0));
    expect(Math.max(...counts.keys())).toBe(99);
  });

  it("samples distinct items, no more than there are", () => {
    const random = new SeededRandom(5);
    const sample = random.sample(["a", "b", "c", "d"], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(["a", "b"], 5).sort()).toEqual(["a", "b"]);
  });
});
