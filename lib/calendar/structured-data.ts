import { zonedDateTime } from "../dates/format.ts";
import type { DatedActivity } from "./activity.ts";
import type { ActivityStatus } from "./calendar-schema.ts";

/**
 * schema.org has no status for "date not final". EventPostponed would claim a date
 * was set and then dropped, which is not what a tentative activity is; so a
 * tentative activity is EventScheduled, as search engines assume for an event
 * without a status anyway, and the page itself says it is provisional.
 */
const EVENT_STATUS: Readonly<Record<ActivityStatus, string>> = {
  confirmed: "https://schema.org/EventScheduled",
  tentative: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
};

export interface EventContext {
  zone: string;
  organisation: string;
  siteUrl: string;
  /** The absolute URL of the activity's entry on the calendar page (`…/kalender/2019/#id`). */
  activityUrl: (activity: DatedActivity) => string;
}

/**
 * The calendar's activities as schema.org Events in JSON-LD, for the calendar page.
 * Only activities with a date: an Event needs a start date, and one without would
 * have to be made up.
 */
export function calendarJsonLd(activities: readonly DatedActivity[], context: EventContext): object {
  return {
    "@context": "https://schema.org",
    "@graph": activities.map((activity) => ({
      "@type": "Event",
      "@id": context.activityUrl(activity),
      name: activity.title,
      url: context.activityUrl(activity),
      startDate: zonedDateTime(activity.date, activity.start, context.zone),
      ...(activity.start !== undefined && activity.end !== undefined
        ? { endDate: zonedDateTime(activity.date, activity.end, context.zone) }
        : activity.endDate === undefined
          ? {}
          : { endDate: activity.endDate }),
      eventStatus: EVENT_STATUS[activity.status],
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      ...(activity.description === undefined ? {} : { description: activity.description }),
      ...(activity.venue === undefined
        ? {}
        : {
            location: {
              "@type": "Place",
              name: activity.venue.name,
              ...(activity.venue.address === undefined ? {} : { address: activity.venue.address }),
            },
          }),
      organizer: { "@type": "Organization", name: context.organisation, url: context.siteUrl },
    })),
  };
}
