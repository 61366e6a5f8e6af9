import { closest } from "fastest-levenshtein";
import type { LoadedPost } from "../content/load-posts.ts";
import type { Problem } from "../validation/problems.ts";
import { positionOf } from "../validation/yaml-source.ts";
import { yearOf } from "../dates/format.ts";
import { clearOfLayoutIds } from "../site/layout-ids.ts";
import { type CalendarActivity, type LoadedCalendar, compareActivities } from "./activity.ts";
import { POST_MEETING_KIND } from "./calendar-schema.ts";
import type { ValidCalendar } from "./validate-calendar.ts";

/** A URL path with one leading and one trailing slash: "/2019/x" and "2019/x/" both read "/2019/x/". */
function normaliseUrlPath(reference: string): string {
  return `/${reference.replace(/^\/+|\/+$/g, "")}/`;
}

/**
 * The post a calendar entry's `post` names, by its file (`content/posts/2019/x.md`)
 * or by its address (`/2019/x/`).
 */
export function findPost(reference: string, posts: readonly LoadedPost[]): LoadedPost | undefined {
  const byFile = posts.find((post) => post.file === reference);
  if (byFile !== undefined) return byFile;
  const urlPath = normaliseUrlPath(reference);
  return posts.find((post) => post.urlPath === urlPath);
}

/**
 * The id of the activity a post's meeting becomes on the calendar: the last part
 * of the post's address, kept clear of the ids the page itself uses.
 * @example meetingActivityId({ urlPath: "/2019/morgenmoede/" }) // "morgenmoede"
 * @example meetingActivityId({ urlPath: "/2019/indhold/" }) // "indhold-2"
 */
export function meetingActivityId(post: Pick<LoadedPost, "urlPath">): string {
  return clearOfLayoutIds(post.urlPath.split("/").filter((part) => part !== "").at(-1) ?? "");
}

/** The posts whose meeting took place in `year`. */
function meetingsIn(year: number, posts: readonly LoadedPost[]): LoadedPost[] {
  return posts.filter((post) => post.data.meeting !== undefined && yearOf(post.data.meeting.date) === year);
}

function missingPostProblem(calendar: ValidCalendar, index: number, reference: string, posts: readonly LoadedPost[]): Problem {
  const candidates = posts.flatMap((post) => [post.file, post.urlPath]);
  const suggestion = candidates.length === 0 ? undefined : closest(reference, candidates);
  return {
    file: calendar.file,
    field: `activities[${index}].post`,
    ...positionOf(calendar.locate, ["activities", index, "post"]),
    message: `er "${reference}", som ikke er et indlæg.`,
    hint:
      suggestion === undefined
        ? "Skriv indlæggets fil (content/posts/…/….md) eller dets adresse (/år/titel/), eller fjern feltet."
        : `Mente du "${suggestion}"? Skriv indlæggets fil eller dets adresse.`,
  };
}

/**
 * Resolves a validated calendar's links to posts, against every post the build
 * read (drafts too, so a link does not break when a draft is published). Reports
 * a link to no post, a date that differs from the linked post's meeting, and an id
 * that a post's meeting on the same calendar would also get.
 */
export function linkCalendarPosts(
  calendar: ValidCalendar,
  posts: readonly LoadedPost[],
): { calendar?: LoadedCalendar; problems: Problem[] } {
  const { file, year, data } = calendar;
  const problems: Problem[] = [];
  const activities = data.activities.map((entry, index): CalendarActivity => {
    const { post: reference, ...activity } = entry;
    if (reference === undefined) return activity;
    const post = findPost(reference, posts);
    if (post === undefined) {
      problems.push(missingPostProblem(calendar, index, reference, posts));
      return activity;
    }
    const meetingDate = post.data.meeting?.date;
    if (meetingDate !== undefined && activity.date !== undefined && meetingDate !== activity.date) {
      problems.push({
        file,
        field: `activities[${index}].date`,
        ...positionOf(calendar.locate, ["activities", index, "date"]),
        message: `er ${activity.date}, men indlægget ${post.file} siger, at mødet var ${meetingDate}.`,
        hint: "Ret datoen det ene sted, så kalenderen og indlægget er enige.",
      });
    }
    return { ...activity, post };
  });

  for (const post of unlinkedMeetings(year, activities, posts)) {
    const id = meetingActivityId(post);
    const index = activities.findIndex((activity) => activity.id === id);
    if (index === -1) continue;
    problems.push({
      file,
      field: `activities[${index}].id`,
      ...positionOf(calendar.locate, ["activities", index, "id"]),
      message: `er "${id}", det samme id som mødet i ${post.file}, der også står i kalenderen.`,
      hint: `Er det samme aktivitet, så skriv post: ${post.urlPath} på aktiviteten; ellers giv den et andet id.`,
    });
  }

  if (problems.length > 0) return { problems };
  return {
    calendar: { year, file, ...(data.description === undefined ? {} : { description: data.description }), activities },
    problems: [],
  };
}

/** The activity a post's meeting becomes when no entry in the calendar file describes it. */
function meetingActivity(post: LoadedPost): CalendarActivity {
  const meeting = post.data.meeting;
  if (meeting === undefined) throw new Error(`${post.file} has no meeting`);
  return {
    id: meetingActivityId(post),
    title: post.data.title,
    date: meeting.date,
    ...(meeting.start === undefined ? {} : { start: meeting.start }),
    ...(meeting.end === undefined ? {} : { end: meeting.end }),
    ...(meeting.venue === undefined ? {} : { venue: meeting.venue }),
    kind: POST_MEETING_KIND,
    ...(post.data.summary === undefined ? {} : { description: post.data.summary }),
    status: "confirmed",
    post,
  };
}

/** An entry that links a post, with what the entry leaves out taken from the post's meeting. */
function completedFromPost(activity: CalendarActivity, year: number): CalendarActivity {
  const meeting = activity.post?.data.meeting;
  if (meeting === undefined || activity.date !== undefined || yearOf(meeting.date) !== year) return activity;
  return {
    ...activity,
    date: meeting.date,
    ...(activity.start === undefined && meeting.start !== undefined ? { start: meeting.start, ...(meeting.end === undefined ? {} : { end: meeting.end }) } : {}),
    ...(activity.venue === undefined && meeting.venue !== undefined ? { venue: meeting.venue } : {}),
  };
}

/**
 * Everything a calendar shows, in calendar order: the file's activities, and the
 * meetings of `publishedPosts` that fall in the calendar's year and that no entry
 * links (an entry that links a post is the one activity for it, so nothing is
 * entered twice). Links to posts that are not published are dropped.
 */
export function calendarActivities(calendar: LoadedCalendar, publishedPosts: readonly LoadedPost[]): CalendarActivity[] {
  const published = new Set(publishedPosts);
  const entries = calendar.activities.map((activity): CalendarActivity => {
    if (activity.post === undefined) return activity;
    if (!published.has(activity.post)) {
      const { post: _unpublished, ...rest } = activity;
      return rest;
    }
    return completedFromPost(activity, calendar.year);
  });
  const meetings = unlinkedMeetings(calendar.year, entries, publishedPosts).map((post) => meetingActivity(post));
  return [...entries, ...meetings].sort(compareActivities);
}

/**
 * The posts whose meeting falls in `year` and that no entry of the calendar links:
 * each becomes an activity of its own, with `meetingActivityId` as its id.
 */
export function unlinkedMeetings(year: number, entries: readonly CalendarActivity[], posts: readonly LoadedPost[]): LoadedPost[] {
  const linked = new Set(entries.flatMap((activity) => (activity.post === undefined ? [] : [activity.post])));
  return meetingsIn(year, posts).filter((post) => !linked.has(post));
}
