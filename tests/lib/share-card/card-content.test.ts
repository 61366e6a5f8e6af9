import { describe, expect, it } from "vitest";
import { postCardContent, siteCardContent } from "../../../lib/share-card/card-content.ts";

const site = { title: "CSR Forum", network: "Corporate Social Responsibility & Co-Creation", description: "Netværksgruppens blog." };
const person = (name: string) => ({ name });

describe("postCardContent", () => {
  it("shows the meeting's date and venue, and the first three speakers with a count of the rest", () => {
    const card = postCardContent(
      {
        title: "Årets sidste netværksmøde",
        date: "2018-10-08",
        meeting: { date: "2018-10-05", venue: { name: "Frivilligcenter Vesterbro" } },
        speakers: ["Ane", "Bo", "Cecilie", "Dorte"].map(person),
      },
      site,
      "Europe/Copenhagen",
    );
    expect(card).toEqual({
      site: "CSR Forum",
      network: "Corporate Social Responsibility & Co-Creation",
      title: "Årets sidste netværksmøde",
      facts: "fredag den 5. oktober 2018 · Frivilligcenter Vesterbro",
      speakers: ["Ane", "Bo", "Cecilie"],
      moreSpeakers: 1,
    });
  });

  it("falls back to the post's date when there is no meeting", () => {
    const card = postCardContent({ title: "Nyt fra netværket", date: "2019-01-02" }, site, "Europe/Copenhagen");
    expect(card.facts).toBe("onsdag den 2. januar 2019");
    expect(card.speakers).toEqual([]);
  });
});

describe("siteCardContent", () => {
  it("shows the site's description as its title", () => {
    expect(siteCardContent(site)).toMatchObject({ title: "Netværksgruppens blog.", facts: "", speakers: [] });
  });
});
