import slugify from "@sindresorhus/slugify";

/**
 * Danish transliteration, applied before the general one: æ, ø and å are written
 * ae, oe and aa in Danish when the letters are unavailable (as in URLs), whereas
 * the library's default would turn ø into o and å into a. "&" reads "og", not "and".
 */
const DANISH_REPLACEMENTS: ReadonlyArray<[string, string]> = [
  ["æ", "ae"],
  ["Æ", "Ae"],
  ["ø", "oe"],
  ["Ø", "Oe"],
  ["å", "aa"],
  ["Å", "Aa"],
  ["&", " og "],
];

/**
 * A URL slug from Danish text.
 * @example slugifyDanish("Ærlig snak på Østerbro") // "aerlig-snak-paa-oesterbro"
 */
export function slugifyDanish(text: string): string {
  // decamelize off: "ÆBLE" would otherwise become "ae-ble" once Æ is replaced by "Ae".
  return slugify(text, { customReplacements: DANISH_REPLACEMENTS, decamelize: false });
}
