import type { LoadedPost } from "../content/load-posts.ts";
import { newestFirst } from "./order.ts";

/** The posts of one calendar month. */
export interface ArchiveMonth {
  /** The month's first day, `2018-10-01`: format it for the month's name. */
  firstDay: string;
  posts: LoadedPost[];
}

export interface ArchiveYear {
  year: string;
  months: ArchiveMonth[];
}

/**
 * Posts grouped by the year and month of their date, newest first at every level;
 * months without posts are left out.
 * @example groupByYearAndMonth(posts)[0]?.months[0]?.firstDay // "2019-03-01"
 */
export function groupByYearAndMonth(posts: readonly LoadedPost[]): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const post of [...posts].sort(newestFirst)) {
    const year = post.data.date.slice(0, 4);
    const firstDay = `${post.data.date.slice(0, 7)}-01`;
    let current = years.at(-1);
    if (current?.year !== year) {
      current = { year, months: [] };
      years.push(current);
    }
    let month = current.months.at(-1);
    if (month?.firstDay !== firstDay) {
      month = { firstDay, posts: [] };
      current.months.push(month);
    }
    month.posts.push(post);
  }
  return years;
}
