import type { PostFrontMatter } from "../content/post-schema.ts";
import { zonedDateTime } from "../dates/format.ts";

/** What the structured data says about the site publishing the post. */
export interface PublisherInfo {
  /** The organisation behind the site: author and publisher of every post, organiser of every meeting. */
  organisation: string;
  /** The site's home page, absolute. */
  homeUrl: string;
  /** The site's language, e.g. "da". */
  language: string;
  /** The zone meetings are held in, e.g. "Europe/Copenhagen". */
  timeZone: string;
}

/** A schema.org node as JSON: plain values, arrays and nested nodes. */
export type JsonLdNode = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | JsonLdNode | JsonLdValue[];

type Person = NonNullable<PostFrontMatter["speakers"]>[number];

function organisationNode(name: string, url?: string): JsonLdNode {
  return url === undefined ? { "@type": "Organization", name } : { "@type": "Organization", name, url };
}

/** A speaker as a schema.org Person: role as job title, organisation as affiliation. */
function personNode(person: Person): JsonLdNode {
  const node: JsonLdNode = { "@type": "Person", name: person.name };
  if (person.role !== undefined) node.jobTitle = person.role;
  if (person.organisation !== undefined) node.affiliation = organisationNode(person.organisation);
  if (person.url !== undefined) node.url = person.url;
  return node;
}

/**
 * The meeting as a schema.org Event: held in person, at the venue, with the
 * speakers as performers. Times carry the zone's offset on that day
 * (2018-10-05T08:30:00+02:00); a meeting without a start time gets its date only.
 */
function eventNode(post: PostFrontMatter, meeting: NonNullable<PostFrontMatter["meeting"]>, url: string, site: PublisherInfo): JsonLdNode {
  const event: JsonLdNode = {
    "@type": "Event",
    "@id": `${url}#moede`,
    name: post.title,
    url,
    startDate: zonedDateTime(meeting.date, meeting.start, site.timeZone),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    inLanguage: site.language,
    organizer: organisationNode(site.organisation, site.homeUrl),
  };
  if (meeting.start !== undefined && meeting.end !== undefined) {
    event.endDate = zonedDateTime(meeting.date, meeting.end, site.timeZone);
  }
  const description = post.summary ?? post.mission;
  if (description !== undefined) event.description = description;
  if (meeting.venue !== undefined) {
    const place: JsonLdNode = { "@type": "Place", name: meeting.venue.name };
    if (meeting.venue.address !== undefined) place.address = meeting.venue.address;
    event.location = place;
  }
  if (post.speakers !== undefined && post.speakers.length > 0) event.performer = post.speakers.map(personNode);
  return event;
}

/**
 * The schema.org description of a post for `<script type="application/ld+json">`:
 * a BlogPosting always, and an Event for the meeting when the post has one (the
 * posting is `about` the event). `url` is the post's absolute address.
 * @example postStructuredData({ title: "Et møde", date: "2019-03-01" }, "https://blog.csrforum.dk/2019/et-moede/", site)
 * // { "@context": "https://schema.org", "@graph": [{ "@type": "BlogPosting", headline: "Et møde", … }] }
 */
export function postStructuredData(post: PostFrontMatter, url: string, site: PublisherInfo): JsonLdNode {
  const publisher = organisationNode(site.organisation, site.homeUrl);
  const posting: JsonLdNode = {
    "@type": "BlogPosting",
    "@id": `${url}#indlaeg`,
    headline: post.title,
    url,
    mainEntityOfPage: url,
    datePublished: zonedDateTime(post.date, undefined, site.timeZone),
    inLanguage: site.language,
    author: publisher,
    publisher,
  };
  const description = post.summary ?? post.mission;
  if (description !== undefined) posting.description = description;
  if (post.tags !== undefined && post.tags.length > 0) posting.keywords = post.tags.join(", ");
  const graph: JsonLdNode[] = [posting];
  if (post.meeting !== undefined) {
    const event = eventNode(post, post.meeting, url, site);
    posting.about = { "@id": String(event["@id"]) };
    graph.push(event);
  }
  return { "@context": "https://schema.org", "@graph": graph };
}
