/**
 * A pure function that remembers its answers, keyed by its arguments. For work a
 * build repeats with the same few thousand inputs, e.g. formatting the same dates
 * on every page, listing and feed. A call that throws is not remembered.
 * @example const longDate = remembered(formatLongDate); longDate("2018-10-05", "Europe/Copenhagen")
 */
export function remembered<Args extends ReadonlyArray<string | number | boolean | undefined>, Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  const answers = new Map<string, Result>();
  return (...args) => {
    // JSON keeps `undefined` (null) apart from the text "undefined".
    const key = JSON.stringify(args);
    if (answers.has(key)) return answers.get(key) as Result;
    const answer = compute(...args);
    answers.set(key, answer);
    return answer;
  };
}

/**
 * A function of a list of objects that remembers its last answer: asked again with
 * lists whose `keyOf` texts are the same, in the same order, it answers as before.
 * For work a long-running process (the dev server) would otherwise repeat on every
 * rebuild when what it reads has not changed. `keyOf` is asked for every item on
 * every call, so it should remember its own answers (postFacts does, per read).
 * @example const warnings = rememberedLast(postFacts, nameWarnings)
 */
export function rememberedLast<Item extends object, Result>(keyOf: (item: Item) => string, compute: (items: readonly Item[]) => Result): (items: readonly Item[]) => Result {
  let last: { key: string[]; answer: Result } | undefined;
  return (items) => {
    const key = items.map(keyOf);
    if (last !== undefined && last.key.length === key.length && last.key.every((text, index) => text === key[index])) return last.answer;
    const answer = compute(items);
    last = { key, answer };
    return answer;
  };
}
