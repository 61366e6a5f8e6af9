import { describe, expect, it } from "vitest";
import type { PostFrontMatter } from "../../../lib/content/post-schema.ts";
import { type JsonLdNode, postStructuredData } from "../../../lib/seo/structured-data.ts";
import { serializeJsonForScript } from "../../../lib/text/json-script.ts";

const SITE = { organisation: "CSR Forum", homeUrl: "https://blog.csrforum.dk/", language: "da", timeZone: "Europe/Copenhagen" };
const URL = "https://blog.csrforum.dk/2018/moede/";
const CSR_FORUM = { "@type": "Organization", name: "CSR Forum", url: "https://blog.csrforum.dk/" };

const graphOf = (post: PostFrontMatter) => postStructuredData(post, URL, SITE)["@graph"] as JsonLdNode[];

describe("postStructuredData", () => {
  it("describes a post without a meeting as a BlogPosting only", () => {
    const data = postStructuredData({ title: "Et indlæg", date: "2019-03-01" }, URL, SITE);
    expect(data).toEqual({
      "@context": "https://schema.org",
      "@graph": [
        {
          "@type": "BlogPosting",
          "@id": `${URL}#indlaeg`,
          headline: "Et indlæg",
          url: URL,
          mainEntityOfPage: URL,
          datePublished: "2019-03-01",
          inLanguage: "da",
          author: CSR_FORUM,
          publisher: CSR_FORUM,
        },
      ],
    });
  });

  it("adds the meeting as an Event with Copenhagen times, venue, speakers and organiser", () => {
    const [posting, event] = graphOf({
      title: "Morgenmøde",
      date: "2018-10-05",
      summary: "Kort fortalt.",
      tags: ["SMV", "Partnerskaber"],
      meeting: {
        date: "2018-10-05",
        start: "08:30",
        end: "10:00",
        venue: { name: "Frivilligcenter Vesterbro", address: "Eksempelvej 12, 1620 København V" },
      },
      speakers: [
        { name: "Jesper Bering Kristensen", role: "Project Manager", organisation: "IBM Danmark", url: "https://www.ibm.com/dk-da" },
        { name: "Jon Kiellberg" },
      ],
    });
    expect(posting).toMatchObject({ description: "Kort fortalt.", keywords: "SMV, Partnerskaber", about: { "@id": `${URL}#moede` } });
    expect(event).toEqual({
      "@type": "Event",
      "@id": `${URL}#moede`,
      name: "Morgenmøde",
      url: URL,
      description: "Kort fortalt.",
      // Summer time in October 2018: UTC+2.
      startDate: "2018-10-05T08:30:00+02:00",
      endDate: "2018-10-05T10:00:00+02:00",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      inLanguage: "da",
      organizer: CSR_FORUM,
      location: { "@type": "Place", name: "Frivilligcenter Vesterbro", address: "Eksempelvej 12, 1620 København V" },
      performer: [
        {
          "@type": "Person",
          name: "Jesper Bering Kristensen",
          jobTitle: "Project Manager",
          affiliation: { "@type": "Organization", name: "IBM Danmark" },
          url: "https://www.ibm.com/dk-da",
        },
        { "@type": "Person", name: "Jon Kiellberg" },
      ],
    });
  });

  it("uses winter time in winter and the date alone when no time is given", () => {
    const [, winter] = graphOf({ title: "M", date: "2019-01-10", meeting: { date: "2019-01-10", start: "17:00" } });
    expect(winter).toMatchObject({ startDate: "2019-01-10T17:00:00+01:00" });
    expect(winter).not.toHaveProperty("endDate");
    const [, allDay] = graphOf({ title: "M", date: "2018-10-05", meeting: { date: "2018-10-05", end: "10:00" } });
    expect(allDay).toMatchObject({ startDate: "2018-10-05" });
    expect(allDay).not.toHaveProperty("endDate");
    expect(allDay).not.toHaveProperty("location");
    expect(allDay).not.toHaveProperty("performer");
  });

  it("falls back on the mission for a description", () => {
    const [posting] = graphOf({ title: "M", date: "2019-01-10", mission: "At mødes." });
    expect(posting).toMatchObject({ description: "At mødes." });
  });

  it("survives hostile text once serialised for a script element", () => {
    const hostile = "</script><script>alert(1)</script><!--";
    const data = postStructuredData({ title: hostile, date: "2019-01-10", meeting: { date: "2019-01-10", venue: { name: hostile } } }, URL, SITE);
    const json = serializeJsonForScript(data);
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
