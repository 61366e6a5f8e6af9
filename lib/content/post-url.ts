import { yearOf } from "../dates/format.ts";
import { slugifyDanish } from "../text/slug.ts";
import type { PostFrontMatter } from "./post-schema.ts";

/**
 * A post's path on the site, from its publication year and its title.
 * @example postPath({ title: "Ærlig snak på Østerbro", date: "2019-02-01" }) // "/2019/aerlig-snak-paa-oesterbro/"
 */
export function postPath(data: Pick<PostFrontMatter, "title" | "date">): string {
  return `/${yearOf(data.date)}/${slugifyDanish(data.title)}/`;
}
