import { formatClockRange, formatLongDate, zonedDateTime } from "../dates/format.ts";
import { type CalendarActivity, type DatedActivity, isDated } from "./activity.ts";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from "./calendar-schema.ts";
import { googleCalendarUrl } from "./google-calendar.ts";
import { HOLIDAY_TYPE_LABELS, type Holiday } from "./holidays.ts";
import { type ICalendarOptions, writeICalendar } from "./icalendar.ts";
import { type CalendarMonth, WEEKDAYS, buildCalendarMonths } from "./month-grid.ts";
import { activityIcsPath, calendarFeedPath, calendarPath, webcalUrl } from "./routes.ts";
import { calendarJsonLd } from "./structured-data.ts";

/** The status of a tentative activity whose days are known, while taking part is not yet sure. */
export const DATED_TENTATIVE_LABEL = "Foreløbig";

/** What the calendar pages need to know about the site and the build. */
export interface CalendarContext {
  /** The zone clock times are in (the site's). */
  zone: string;
  /** A site path's public, absolute URL (origin and path prefix): `publicUrl` of lib/site/urls.ts. */
  publicUrl: (sitePath: string) => string;
  /** The host that makes activity UIDs unique; from data/site.json, so UIDs survive a move. */
  uidHost: string;
  organisation: string;
  /** The build's date: DTSTAMP of the calendar files. */
  buildDate: Date;
  /** The build's day in `zone` (`YYYY-MM-DD`, SiteState's `today`): what "future" means for signing up, and the day marked in the grid. */
  today: string;
  /** The secretariat's address, which "Tilmeld dig" writes to. */
  email: string;
}

/** An activity with everything the page prints about it, in Danish. */
export interface ActivityView extends CalendarActivity {
  /** "fredag den 1. marts 2019", when the date is fixed: the first day of an activity over several. */
  dateText?: string;
  /** "søndag den 16. juni 2019": the last day of an activity over several days. */
  lastDateText?: string;
  /** For `<time datetime>`: the date, with clock time and offset when there is a start. */
  dateTime?: string;
  /** "kl. 8.30–10.00", when there is a start. */
  timeText?: string;
  /** Venue name and address on one line. */
  venueText?: string;
  kindLabel: string;
  statusLabel: string;
  /** The post's address on the site and its title, when a published post covers the activity. */
  postPath?: string;
  postTitle?: string;
  /** "Tilmeld dig": an e-mail to the secretariat naming the activity, for a confirmed activity not yet past. */
  signupUrl?: string;
  /** "Føj til kalender": the activity's own iCalendar file and a Google Calendar link, when it has a date. */
  icsPath?: string;
  googleUrl?: string;
}

/** A generated calendar file: where it goes and its text. */
export interface CalendarFileOutput {
  path: string;
  text: string;
}

/** Everything one year's calendar page and calendar files show. */
export interface CalendarPage {
  year: number;
  /** "Aktivitetskalender 2019". */
  title: string;
  description?: string;
  path: string;
  /** The subscription: the feed's path on the site, its https address to copy, and its webcal:// link. */
  feedPath: string;
  feedUrl: string;
  webcalUrl: string;
  /** The tables' column heads, Monday first. */
  weekdays: typeof WEEKDAYS;
  /** The legend's kinds of holiday, each with its label: public holidays, then observances. */
  holidayTypes: ReadonlyArray<{ type: Holiday["type"]; label: string }>;
  months: CalendarMonth[];
  /** All activities in calendar order, those without a date last: the list under the grid. */
  activities: ActivityView[];
  /** The schema.org Events of the page, for `jsonScript`; absent when no activity has a date. */
  jsonLd?: object;
  /** The whole year (`/kalender/2019.ics`). */
  feed: CalendarFileOutput;
  /** One per dated activity (`/kalender/2019/<id>.ics`). */
  activityFiles: CalendarFileOutput[];
}

/**
 * A `mailto:` link to sign up for an activity, its subject naming the activity and its
 * date (RFC 6068: header values percent-encoded as UTF-8).
 * @example signupMailto("sekretariatet@csrforum.dk", "Morgenmøde", "fredag den 1. marts 2019")
 *   // "mailto:sekretariatet@csrforum.dk?subject=Tilmelding%3A%20Morgenm%C3%B8de%2C%20fredag%20den%201.%20marts%202019"
 */
export function signupMailto(email: string, title: string, dateText: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(`Tilmelding: ${title}, ${dateText}`)}`;
}

const HOLIDAY_TYPES = Object.entries(HOLIDAY_TYPE_LABELS).map(([type, label]) => ({ type: type as Holiday["type"], label }));

function venueText(activity: CalendarActivity): string | undefined {
  return activity.venue === undefined ? undefined : [activity.venue.name, activity.venue.address].filter(Boolean).join(", ");
}

/**
 * One year's calendar page, feed and activity files, from its activities (in
 * calendar order, posts' meetings merged in) and the year's holidays.
 */
export function buildCalendarPage(
  calendar: { year: number; description?: string },
  activities: readonly CalendarActivity[],
  holidays: readonly Holiday[],
  context: CalendarContext,
): CalendarPage {
  const { year } = calendar;
  const pagePath = calendarPath(year);
  const anchorUrl = (activity: CalendarActivity) => context.publicUrl(`${pagePath}#${activity.id}`);
  const webPageOf = (activity: CalendarActivity) =>
    activity.post === undefined ? anchorUrl(activity) : context.publicUrl(activity.post.urlPath);
  const dated = activities.filter(isDated);
  const icalOptions: ICalendarOptions = {
    zone: context.zone,
    host: context.uidHost,
    stamp: context.buildDate,
    organisation: context.organisation,
    activityUrl: webPageOf,
  };
  const title = `Aktivitetskalender ${year}`;
  const feedPath = calendarFeedPath(year);
  const feedUrl = context.publicUrl(feedPath);
  const { today } = context;

  const views = activities.map((activity): ActivityView => {
    const view: ActivityView = {
      ...activity,
      kindLabel: ACTIVITY_KINDS[activity.kind],
      // A tentative activity with a date is not waiting for one: "Foreløbig", not "… dato følger".
      statusLabel: activity.status === "tentative" && isDated(activity) ? DATED_TENTATIVE_LABEL : ACTIVITY_STATUSES[activity.status],
    };
    const venue = venueText(activity);
    if (venue !== undefined) view.venueText = venue;
    if (activity.post !== undefined) {
      view.postPath = activity.post.urlPath;
      view.postTitle = activity.post.data.title;
    }
    if (isDated(activity)) {
      view.dateText = formatLongDate(activity.date, context.zone);
      if (activity.endDate !== undefined) view.lastDateText = formatLongDate(activity.endDate, context.zone);
      if (activity.status === "confirmed" && (activity.endDate ?? activity.date) >= today) {
        const when = view.lastDateText === undefined ? view.dateText : `${view.dateText} – ${view.lastDateText}`;
        view.signupUrl = signupMailto(context.email, activity.title, when);
      }
      view.dateTime = zonedDateTime(activity.date, activity.start, context.zone);
      if (activity.start !== undefined) view.timeText = formatClockRange(activity.start, activity.end);
      view.icsPath = activityIcsPath(year, activity.id);
      view.googleUrl = googleCalendarUrl(activity, context.zone, webPageOf(activity));
    }
    return view;
  });

  return {
    year,
    title,
    ...(calendar.description === undefined ? {} : { description: calendar.description }),
    path: pagePath,
    feedPath,
    feedUrl,
    webcalUrl: webcalUrl(feedUrl),
    weekdays: WEEKDAYS,
    holidayTypes: HOLIDAY_TYPES,
    months: buildCalendarMonths(year, dated, holidays, today),
    activities: views,
    ...(dated.length === 0
      ? {}
      : {
          jsonLd: calendarJsonLd(dated, {
            zone: context.zone,
            organisation: context.organisation,
            siteUrl: context.publicUrl("/"),
            activityUrl: anchorUrl,
          }),
        }),
    feed: { path: feedPath, text: writeICalendar(dated, icalOptions, title) },
    activityFiles: dated.map((activity: DatedActivity) => ({
      path: activityIcsPath(year, activity.id),
      text: writeICalendar([activity], icalOptions),
    })),
  };
}
