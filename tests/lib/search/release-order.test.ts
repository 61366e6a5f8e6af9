import { describe, expect, it } from "vitest";
import { releaseInOrder } from "../../../lib/search/release-order.ts";

describe("releaseInOrder", () => {
  const collect = (order: string[]) => {
    const released: string[] = [];
    const queue = releaseInOrder<string>(order, (key, item) => released.push(`${key}=${item}`));
    return { queue, released };
  };

  it("hands on each item once every key before it is ready, in the given order", () => {
    const { queue, released } = collect(["a", "b", "c"]);
    queue.ready("c", "3");
    queue.ready("b", "2");
    expect(released).toEqual([]);
    expect(queue.waiting).toBe(2);
    queue.ready("a", "1");
    expect(released).toEqual(["a=1", "b=2", "c=3"]);
    expect(queue.waiting).toBe(0);
  });

  it("skips keys that are ready with nothing to hand on, without holding the rest back", () => {
    const { queue, released } = collect(["a", "b", "c"]);
    queue.ready("b", "2");
    queue.ready("a", undefined);
    expect(released).toEqual(["b=2"]);
  });

  it("flushes what is left in order, keys it was not given last and sorted, whatever the arrival order", () => {
    const runs = [
      ["z", "c", "y", "a"],
      ["a", "y", "z", "c"],
    ].map((arrival) => {
      const { queue, released } = collect(["a", "b", "c"]);
      for (const key of arrival) queue.ready(key, key.toUpperCase());
      queue.flush();
      return released;
    });
    expect(runs[0]).toEqual(["a=A", "c=C", "y=Y", "z=Z"]);
    expect(runs[1]).toEqual(runs[0]);
  });
});
