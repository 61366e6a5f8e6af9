/**
 * A small seeded pseudo-random source (mulberry32), so a corpus is the same on
 * every machine and every run for the same seed. Not for anything secret.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError("pick() from an empty list");
    return item;
  }

  /**
   * One element, the first ones far more often than the last (weight 1/(i+1),
   * Zipf-like): a few people speak at many meetings, most at one or two.
   */
  pickSkewed<T>(items: readonly T[]): T {
    // Inverse of the integral of 1/(x+1): floor(e^(u·ln(n+1)) - 1) is in [0, n).
    const index = Math.floor(Math.exp(this.next() * Math.log(items.length + 1)) - 1);
    const item = items[Math.min(index, items.length - 1)];
    if (item === undefined) throw new RangeError("pickSkewed() from an empty list");
    return item;
  }

  /** `count` distinct elements (fewer if the list is shorter), in the order drawn. */
  sample<T>(items: readonly T[], count: number, draw: (items: readonly T[]) => T = (list) => this.pick(list)): T[] {
    const chosen = new Set<T>();
    const wanted = Math.min(count, new Set(items).size);
    while (chosen.size < wanted) chosen.add(draw(items));
    return [...chosen];
  }
}
