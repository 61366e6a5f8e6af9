// Its own module, with no imports: the editor's browser script reaches it through
// the schema-issue translation, and lib/validation/problems.ts needs node:path.

/**
 * `count` with the noun in the singular or the plural.
 * @example countOf(1, "advarsel", "advarsler") // "1 advarsel"
 */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
