import path from "node:path";
import type { CalendarActivity, LoadedCalendar } from "../calendar/activity.ts";
import { calendarActivities } from "../calendar/post-meetings.ts";
import type { LoadedPost } from "../content/load-posts.ts";
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
import type { LoadedSite } from "../site/load-site.ts";

/** What the listings show, worked out once per build from the published posts. */
interface Listings {
  published: readonly LoadedPost[];
  people: PeopleIndex;
  organisations: OrganisationIndex;
  tags: TagIndex;
  archive: ArchiveYear[];
}

/**
 * The validated site, shared by the plugins of one Eleventy instance and filled in
 * by `eleventy.before`. Eleventy
 * reads configuration before any input is validated, so plugins get this holder
 * and read from it while templates render.
 */
export class SiteState {
  #site: LoadedSite | undefined;
  #postsByPath = new Map<string, LoadedPost>();
  #listings: Listings | undefined;
  #related: Map<string, LoadedPost[]> | undefined;
  #shareCards: ShareCards | undefined;
  #today = "";

  load(site: LoadedSite): void {
    this.#site = site;
    this.#today = isoDateInZone(site.buildDate, site.settings.timeZone);
    this.#postsByPath = new Map(site.posts.map((post) => [post.absolutePath, post]));
    this.#listings = undefined;
    this.#related = undefined;
    this.#shareCards = undefined;
  }

  get site(): LoadedSite {
    if (this.#site === undefined) throw new Error("The site is read before eleventy.before validated it.");
    return this.#site;
  }

  /** The validated post at an Eleventy input path (relative or absolute), if it is one. */
  post(inputPath: string): LoadedPost | undefined {
    return this.#postsByPath.get(path.resolve(inputPath));
  }

  /** Whether the post is a draft, scheduled (dated after the build's day) or published. */
  status(post: LoadedPost): PublicationStatus {
    return publicationStatus(post.data, this.#today);
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
   * The people, tags and archive of the published posts. Built on first use after
   * each load, so a build of 10,000 posts works them out once, not once a page.
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

  /** Each published post's related meetings (up to three), by its URL path: worked out once per build. */
  get relatedPosts(): Map<string, LoadedPost[]> {
    this.#related ??= relatedPosts(this.listings.published);
    return this.#related;
  }

  /** The link-preview card of each published post and the site's: named by content, drawn after the build. */
  get shareCards(): ShareCards {
    this.#shareCards ??= shareCards(this.listings.published, this.site.settings, cardDesignKey(cardFonts()));
    return this.#shareCards;
  }

  /**
   * Each activity calendar with what it shows: the file's activities and the
   * meetings of the posts this build publishes, in calendar order.
   */
  calendars(): Array<{ calendar: LoadedCalendar; activities: CalendarActivity[] }> {
    return this.site.calendars.map((calendar) => ({ calendar, activities: calendarActivities(calendar, this.listings.published) }));
  }
}
