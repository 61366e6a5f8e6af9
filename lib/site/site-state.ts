import path from "node:path";
import type { CalendarActivity, LoadedCalendar } from "../calendar/activity.ts";
import { type CalendarPage, buildCalendarPage } from "../calendar/calendar-page.ts";
import { HOLIDAYS_CACHE_DIR, cachedDanishHolidays } from "../calendar/holidays.ts";
import { calendarActivities } from "../calendar/post-meetings.ts";
import { calendarPath } from "../calendar/routes.ts";
import { upcomingActivities } from "../calendar/upcoming.ts";
import type { LoadedPost } from "../content/load-posts.ts";
import { postFacts } from "../content/post-facts.ts";
import { type PublicationStatus, publicationStatus } from "../content/publication.ts";
import { isoDateInZone } from "../dates/format.ts";
import { type ArchiveYear, groupByYearAndMonth } from "../listings/archive.ts";
import { newestFirst } from "../listings/order.ts";
import { relatedPosts } from "../listings/related.ts";
import { type TagIndex, buildTagIndex } from "../listings/tags.ts";
import { type OrganisationIndex, buildOrganisationIndex } from "../organisations/organisation-index.ts";
import { type ShareCards, shareCards } from "../share-card/card-files.ts";
import { cardDesignKey, cardFonts } from "../share-card/render-card.ts";
import { type PeopleIndex, buildPeopleIndex } from "../people/people-index.ts";
import { SPLIT_ANSWERS_DIR, withSplitAnswers } from "../search/split-answers.ts";
import { type SearchVocabulary, buildVocabulary } from "../search/vocabulary.ts";
import type { LoadedSite } from "./load-site.ts";
import { absoluteUrl } from "./urls.ts";

/** How many upcoming activities the home page lists. */
export const UPCOMING_COUNT = 3;

/** What the listings show, worked out once per build from the published posts. */
export interface Listings {
  published: readonly LoadedPost[];
  people: PeopleIndex;
  organisations: OrganisationIndex;
  tags: TagIndex;
  archive: ArchiveYear[];
}

/** A calendar with what it shows: the file's activities and the published posts' meetings. */
export interface CalendarWithActivities {
  calendar: LoadedCalendar;
  activities: CalendarActivity[];
}

/** An upcoming activity as the home page links it: to its entry on its year's page. */
export type UpcomingActivityLink = CalendarActivity & { path: string };

/**
 * The validated site and every view derived from it, each worked out once per
 * load, on first use. The one place that decides what a build publishes, shared
 * by the plugins of one Eleventy instance (filled in by `eleventy.before`) and by
 * `npm run check`. Eleventy reads configuration before any input is validated, so
 * plugins get this holder and read from it while templates render.
 */
export class SiteState {
  #site: LoadedSite | undefined;
  #postsByPath = new Map<string, LoadedPost>();
  #today: string | undefined;
  #listings: Listings | undefined;
  #calendars: CalendarWithActivities[] | undefined;
  #calendarPages: CalendarPage[] | undefined;
  #upcoming: UpcomingActivityLink[] | undefined;
  #related: Map<string, LoadedPost[]> | undefined;
  #relatedMs = 0;
  #shareCards: ShareCards | undefined;
  #searchVocabulary: Promise<SearchVocabulary> | undefined;

  #viewsKey: string[] | undefined;
  #viewsGeneration = 0;

  /** Counts the loads that changed what the views are made from (see `load`): the dev server re-renders the listings when it moves. */
  get viewsGeneration(): number {
    return this.#viewsGeneration;
  }

  /**
   * Takes a newly validated site. When nothing the views are made from has
   * changed since the last load (the dev server's rebuild after an edit to a
   * post's text alone), the views are kept rather than worked out again: the
   * listings, calendars, related posts and share cards. Their posts are then the
   * earlier reads of the same files, with the same front matter and address;
   * `listings.published` is the new reads. The search vocabulary, made from the
   * posts' text, is always worked out again.
   */
  load(site: LoadedSite): void {
    this.#site = site;
    this.#today = undefined;
    this.#postsByPath = new Map(site.posts.map((post) => [post.absolutePath, post]));
    this.#searchVocabulary = undefined;
    const key = viewsKey(site, this.today);
    const before = this.#viewsKey;
    const unchanged = before !== undefined && key.length === before.length && key.every((part, index) => part === before[index]);
    this.#viewsKey = key;
    if (unchanged) {
      const fresh = this.#postsByPath;
      if (this.#listings !== undefined) {
        this.#listings = { ...this.#listings, published: this.#listings.published.map((post) => fresh.get(post.absolutePath) ?? post) };
      }
      return;
    }
    this.#viewsGeneration += 1;
    this.#listings = undefined;
    this.#calendars = undefined;
    this.#calendarPages = undefined;
    this.#upcoming = undefined;
    this.#related = undefined;
    this.#shareCards = undefined;
  }

  get site(): LoadedSite {
    if (this.#site === undefined) throw new Error("The site is read before eleventy.before validated it.");
    return this.#site;
  }

  /** The build's day in the site's zone (`YYYY-MM-DD`): what "scheduled" and "upcoming" are measured from. */
  get today(): string {
    this.#today ??= isoDateInZone(this.site.buildDate, this.site.settings.timeZone);
    return this.#today;
  }

  /** The folder the site is served from (PATH_PREFIX, validated), "/" at the root of the host. */
  get pathPrefix(): string {
    return this.site.pathPrefix;
  }

  /** A site path's public, absolute address: the one place absolute URLs are made from. */
  publicUrl(sitePath: string): string {
    return absoluteUrl(this.site.siteUrl, this.pathPrefix, sitePath);
  }

  /** The validated post at an Eleventy input path (relative or absolute), if it is one. */
  post(inputPath: string): LoadedPost | undefined {
    return this.#postsByPath.get(path.resolve(inputPath));
  }

  /** Whether the post is a draft, scheduled (dated after the build's day) or published. */
  status(post: LoadedPost): PublicationStatus {
    return publicationStatus(post.data, this.today);
  }

  /**
   * Whether this build publishes the post: the one place that decides. Drafts and
   * posts dated after the build's day (in the site's zone) only where drafts are
   * shown, i.e. by the dev server.
   */
  isPublished(post: LoadedPost): boolean {
    return this.site.showDrafts || this.status(post) === "published";
  }

  /**
   * The people, tags and archive of the published posts, newest first. A build of
   * 10,000 posts works them out once, not once a page.
   */
  get listings(): Listings {
    if (this.#listings === undefined) {
      const published = this.site.posts.filter((post) => this.isPublished(post)).sort(newestFirst);
      this.#listings = {
        published,
        people: buildPeopleIndex(published),
        organisations: buildOrganisationIndex(published),
        tags: buildTagIndex(published),
        archive: groupByYearAndMonth(published),
      };
    }
    return this.#listings;
  }

  /** Each published post's related meetings (up to three), by its URL path: worked out once per build, through an inverted index. */
  get relatedPosts(): ReadonlyMap<string, readonly LoadedPost[]> {
    if (this.#related === undefined) {
      const published = this.listings.published;
      const started = performance.now();
      this.#related = relatedPosts(published);
      this.#relatedMs = performance.now() - started;
    }
    return this.#related;
  }

  /** How long the related meetings took to work out the last time, in milliseconds (0 before): for the build's timings. */
  get relatedMs(): number {
    return this.#relatedMs;
  }

  /** The link-preview card of each published post and the site's: named by content, drawn after the pages. */
  get shareCards(): ShareCards {
    this.#shareCards ??= shareCards(this.listings.published, this.site.settings, cardDesignKey(cardFonts()));
    return this.#shareCards;
  }

  /** Each activity calendar with the file's activities and the meetings of the posts this build publishes, in calendar order. */
  get calendars(): readonly CalendarWithActivities[] {
    this.#calendars ??= this.site.calendars.map((calendar) => ({ calendar, activities: calendarActivities(calendar, this.listings.published) }));
    return this.#calendars;
  }

  /** Each year's calendar page with its iCalendar files, as the templates in `lib/eleventy/templates/kalender/` render them. */
  get calendarPages(): readonly CalendarPage[] {
    if (this.#calendarPages === undefined) {
      const { settings, buildDate } = this.site;
      const context = {
        zone: settings.timeZone,
        publicUrl: (sitePath: string) => this.publicUrl(sitePath),
        uidHost: new URL(settings.url).host,
        organisation: settings.organisation,
        buildDate,
        today: this.today,
        email: settings.email,
      };
      this.#calendarPages = this.calendars.map(({ calendar, activities }) =>
        buildCalendarPage(calendar, activities, cachedDanishHolidays(calendar.year, path.resolve(HOLIDAYS_CACHE_DIR)), context),
      );
    }
    return this.#calendarPages;
  }

  /** The next UPCOMING_COUNT activities from today on, each with the address of its entry on its year's page. */
  get upcomingActivities(): readonly UpcomingActivityLink[] {
    this.#upcoming ??= upcomingActivities(
      this.calendars.map(({ calendar, activities }) => ({ year: calendar.year, activities })),
      this.today,
      UPCOMING_COUNT,
    ).map(({ year, activity }) => ({ ...activity, path: `${calendarPath(year)}#${activity.id}` }));
    return this.#upcoming;
  }

  /**
   * The search page's vocabulary (lib/search/vocabulary.ts): the published posts'
   * compounds and the synonym groups. Asynchronous, as the compound splitter's
   * answers (or the Danish word list) are read from disk; a site without posts
   * does without them.
   */
  searchVocabulary(): Promise<SearchVocabulary> {
    this.#searchVocabulary ??= (async () => {
      const posts = this.listings.published;
      if (posts.length === 0) return buildVocabulary(posts, this.site.synonyms, { split: () => undefined, isName: () => false });
      return withSplitAnswers(path.resolve(SPLIT_ANSWERS_DIR), (splitter) => buildVocabulary(posts, this.site.synonyms, splitter));
    })();
    return this.#searchVocabulary;
  }
}

/**
 * What every view of SiteState but the search vocabulary is made from, as texts:
 * the settings, the address and editor, the calendars, the day and whether drafts
 * show; then each post's file, address and front matter (not its text).
 */
function viewsKey(site: LoadedSite, today: string): string[] {
  // Compared part by part: the posts' parts are the same strings while their reads are.
  return [JSON.stringify([site.settings, site.siteUrl, site.pathPrefix, site.cms ?? null, site.calendars, today, site.showDrafts]), ...site.posts.map(postFacts)];
}
