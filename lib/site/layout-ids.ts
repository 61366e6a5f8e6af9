/**
 * Every id the layouts and the standing pages give an element themselves
 * (`id="…"` in layouts/ and content/). An id made from the secretariat's text,
 * a heading's anchor or a calendar activity's id, must not repeat one of them:
 * a second `id="indhold"` would take the skip link to a heading. The list is
 * checked against the templates by tests/lib/site/layout-ids.test.ts.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  // layouts/base.njk and its partials, on every page
  "indhold",
  "search-form-query",
  // layouts/post.njk
  "sektion-mission",
  "sektion-oplaegsholdere",
  "sektion-resultater",
  "sektion-verdensmaal",
  "sektion-emner",
  // the home page's upcoming activities and the calendar page
  "kalender-kommende",
  "kalender-abonner",
  "kalender-maaneder",
  "kalender-aktiviteter",
  // the search page
  "search-sort",
  "search-filters-heading",
]);

/**
 * An id made from text, steered clear of the layouts' own: one of theirs gets
 * "-2", as the second element to want it.
 * @example clearOfLayoutIds("indhold") // "indhold-2"
 * @example clearOfLayoutIds("morgenmoede") // "morgenmoede"
 */
export function clearOfLayoutIds(id: string): string {
  return LAYOUT_IDS.has(id) ? `${id}-2` : id;
}
