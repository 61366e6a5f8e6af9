import type { LoadedPost } from "../content/load-posts.ts";
import type { Problem } from "../validation/problems.ts";
import { slugifyDanish } from "../text/slug.ts";
import { type Mention, listMentions } from "./people-index.ts";

/** Letters whose stroke or bar NFD does not split off as a combining mark. */
const STROKED: Readonly<Record<string, string>> = { ø: "o", ł: "l", đ: "d", ħ: "h" };

/**
 * What is left of a name when case, accents and other diacritics, and white space
 * are ignored: two names with the same key are spelling variants of each other.
 * @example nameVariantKey(" Thorbjørn  Lautrop NIELSEN") === nameVariantKey("Thorbjorn Lautrop Nielsen") // true
 */
export function nameVariantKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("da")
    .replace(/[øłđħ]/gu, (letter) => STROKED[letter] ?? letter)
    .replace(/\s+/gu, "");
}

function where(mention: Mention): string {
  return `${mention.post.file} (${mention.field})`;
}

/**
 * Names the secretariat probably meant to write alike, as warnings in Danish: two
 * names that differ only in case, accents or spacing, and two names that would
 * get the same address under /personer/. Each later spelling is reported once, at
 * its first mention, naming the first mention of the earlier spelling.
 */
export function nameWarnings(posts: readonly LoadedPost[]): Problem[] {
  const firstMentions = new Map<string, Mention>();
  for (const mention of listMentions(posts)) if (!firstMentions.has(mention.name)) firstMentions.set(mention.name, mention);

  const seenByKey = new Map<string, Mention>();
  const seenBySlug = new Map<string, Mention>();
  const warnings: Problem[] = [];
  for (const mention of firstMentions.values()) {
    const key = nameVariantKey(mention.name);
    const slug = slugifyDanish(mention.name);
    const variantOf = seenByKey.get(key);
    const sameSlugAs = slug === "" ? undefined : seenBySlug.get(slug);
    if (variantOf !== undefined) {
      warnings.push({
        file: mention.post.file,
        field: mention.field,
        message: `er "${mention.name}", men i ${where(variantOf)} er navnet skrevet "${variantOf.name}". Navnene er ens, bortset fra store og små bogstaver, accenter eller mellemrum, så de bliver til to forskellige personer.`,
        hint: "Er det den samme person, så skriv navnet ens alle steder.",
      });
    } else if (sameSlugAs !== undefined) {
      warnings.push({
        file: mention.post.file,
        field: mention.field,
        message: `er "${mention.name}", som giver samme adresse (/personer/${slug}/) som "${sameSlugAs.name}" i ${where(sameSlugAs)}. De får hver sin side, men den ene får et tal sidst i adressen.`,
        hint: "Er det den samme person, så skriv navnet ens alle steder.",
      });
    }
    if (variantOf === undefined) seenByKey.set(key, mention);
    if (sameSlugAs === undefined && slug !== "") seenBySlug.set(slug, mention);
  }
  return warnings;
}
