/** Items handed on in a fixed order, each as soon as it and every item before it are ready. */
export interface ReleaseInOrder<T> {
  /** `item` for `key` is ready (undefined: the key is done, with nothing to hand on). */
  ready(key: string, item: T | undefined): void;
  /** Hands on everything still waiting, in order: keys not in the order last, sorted. */
  flush(): void;
  /** How many ready items wait for one before them. */
  readonly waiting: number;
}

/**
 * Hands items to `release` in the order of `order`, however they arrive: an item
 * waits until every key before it is ready. Keys not in `order` wait for `flush`.
 * Whatever order the items arrive in, `release` sees them in the same order.
 * @example const queue = releaseInOrder(["/a/", "/b/"], send); queue.ready("/b/", pageB); queue.ready("/a/", pageA); // send(pageA), send(pageB)
 */
export function releaseInOrder<T>(order: readonly string[], release: (key: string, item: T) => void): ReleaseInOrder<T> {
  const position = new Map(order.map((key, index) => [key, index]));
  const arrived = new Map<string, T | undefined>();
  let next = 0;
  const advance = () => {
    while (next < order.length && arrived.has(order[next] as string)) {
      const key = order[next] as string;
      const item = arrived.get(key);
      arrived.delete(key);
      next += 1;
      if (item !== undefined) release(key, item);
    }
  };
  return {
    ready(key, item) {
      arrived.set(key, item);
      if (position.has(key)) advance();
    },
    flush() {
      const rest = [...arrived.keys()].sort((a, b) => (position.get(a) ?? order.length) - (position.get(b) ?? order.length) || (a < b ? -1 : a > b ? 1 : 0));
      for (const key of rest) {
        const item = arrived.get(key);
        arrived.delete(key);
        if (item !== undefined) release(key, item);
      }
      next = order.length;
    },
    get waiting() {
      return [...arrived.values()].filter((item) => item !== undefined).length;
    },
  };
}
