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
