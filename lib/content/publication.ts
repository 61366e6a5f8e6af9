import type { PostFrontMatter } from "./post-schema.ts";

/**
 * Where a post stands on a given day: a draft (never published until `draft` is
 * removed), scheduled (its date is still to come) or published. A draft dated in
 * the future is a draft: that is the one the secretariat must act on.
 */
export type PublicationStatus = "draft" | "scheduled" | "published";

/**
 * A post's status on `today` (`YYYY-MM-DD`, the build's day in the site's zone).
 * Dates are compared as calendar days: a post dated today is published today.
 * @example publicationStatus({ date: "2019-03-01" }, "2019-02-28") // "scheduled"
 */
export function publicationStatus(data: Pick<PostFrontMatter, "date" | "draft">, today: string): PublicationStatus {
  if (data.draft === true) return "draft";
  // ISO dates of equal length order as text.
  return data.date > today ? "scheduled" : "published";
}
