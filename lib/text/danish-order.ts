const danish = new Intl.Collator("da");

/**
 * Orders named things alphabetically the Danish way (æ, ø, å last; "Aa" as "Å"), and
 * names the collator holds equal by their code points, so the order never depends on
 * the input's.
 * @example ["Åse", "Bo", "Ærø"].map((name) => ({ name })).sort(byDanishName) // Bo, Ærø, Åse
 */
export function byDanishName(a: { name: string }, b: { name: string }): number {
  return danish.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
