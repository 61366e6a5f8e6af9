// Clock times as the secretariat writes them ("08:30" or "8:30"): the one place
// that reads them, for validation, ordering, display and calendar files.

/** A clock time read: hour 0–23, minute 0–59. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** `HH:MM` or `H:MM`, 0:00 to 23:59; the editor at /admin/ checks its time fields with the same pattern. */
export const CLOCK_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** True for a time written `HH:MM` or `H:MM` that a clock shows (no 24:00, no 8.30). */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/**
 * A validated clock time's hour and minute; throws a RangeError for anything else.
 * @example parseClockTime("8:30") // { hour: 8, minute: 30 }
 */
export function parseClockTime(time: string): ClockTime {
  const match = CLOCK_TIME.exec(time);
  if (match === null) throw new RangeError(`Not a clock time: "${time}"`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * Minutes since midnight, for comparing two times of one day.
 * @example minutesSinceMidnight("08:30") // 510
 */
export function minutesSinceMidnight(time: string): number {
  const { hour, minute } = parseClockTime(time);
  return hour * 60 + minute;
}

/**
 * True when `end` is a clock time no later than `start`: a span that ends before
 * it begins. Values that are not clock times are left to their field's own check.
 * @example endsNoLaterThanStart("10:00", "9:30") // true
 */
export function endsNoLaterThanStart(start: string, end: string): boolean {
  return isClockTime(start) && isClockTime(end) && minutesSinceMidnight(end) <= minutesSinceMidnight(start);
}

/**
 * An answer without the quotes a person may type around it, and without spaces at its ends.
 * @example withoutQuotes(' "kl. 8" ') // "kl. 8"
 */
export function withoutQuotes(typed: string): string {
  return typed.trim().replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, "").trim();
}

/**
 * A clock time as a person types it at a prompt or on a command line, written the way files keep it
 * (`HH:MM`), or undefined when it is not one. Quotes around it (the habit files
 * teach) and a full stop between hours and minutes (the Danish "kl. 8.30") are
 * accepted; the time itself is read by `parseClockTime`, as everywhere else.
 * @example typedClockTime('"8.30"') // "08:30"
 */
export function typedClockTime(typed: string): string | undefined {
  const bare = withoutQuotes(typed).replace(/^(\d{1,2})[.,](\d{2})$/, "$1:$2");
  if (!isClockTime(bare)) return undefined;
  const { hour, minute } = parseClockTime(bare);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
