import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FixtureSite,
  type ParsedPage,
  createFixtureSite,
  readable,
  removeFixtureSite,
} from "../helpers/fixture-site.ts";

const FIRST_POST = "/2018/aarets-sidste-netvaerksmoede-corporate-volunteering-paa-dagsordenen/";

let site: FixtureSite;
let page: ParsedPage;

beforeAll(async () => {
  site = await createFixtureSite({}, { keepRealPosts: true });
  await site.build();
  page = await site.page(FIRST_POST);
});
afterAll(() => removeFixtureSite(site));

const items = (selector: string) => [...page.querySelectorAll(selector)].map((node) => readable(node));

describe("the first post, the meeting of 5 October 2018", () => {
  it("is a Danish page titled after the meeting", () => {
    expect(page.documentElement.getAttribute("lang")).toBe("da");
    expect(readable(page.querySelector("h1"))).toBe("Årets sidste netværksmøde: Corporate Volunteering på dagsordenen");
    expect(readable(page.querySelector("title"))).toMatch(/^Årets sidste netværksmøde: .* – CSR Forum/);
  });

  it("gives the meeting's date, venue and network in Danish", () => {
    const facts = Object.fromEntries(
      [...page.querySelectorAll(".meeting-facts > div")].map((row) => [
        readable(row.querySelector("dt")),
        readable(row.querySelector("dd")),
      ]),
    );
    expect(facts).toEqual({
      Dato: "fredag den 5. oktober 2018",
      Sted: "Frivilligcenter Vesterbro/Kgs. Enghave/Valby",
      Netværksgruppe: "Corporate Social Responsibility & Co-Creation",
      Vært: "Frivilligcenter Vesterbro/Kgs. Enghave/Valby",
    });
    expect(page.querySelector(".meeting-facts time")?.getAttribute("datetime")).toBe("2018-10-05");
  });

  it("quotes the mission", () => {
    expect(readable(page.querySelector(".mission blockquote"))).toBe(
      "At sikre et oplyst grundlag for en tværfaglig dialog om, hvordan flere små og mellemstore virksomheder, " +
        "kommer i gang med, at arbejde strategisk med Corporate Volunteering/Employee Volunteering",
    );
  });

  it("lists the three speakers with role and organisation", () => {
    expect(readable(page.querySelector(".speakers h2"))).toBe("Oplægsholdere");
    expect(items(".speakers .person-name")).toEqual([
      "Jesper Bering Kristensen",
      "Thorbjørn Lautrop Nielsen",
      "Jon Kiellberg",
    ]);
    expect(items(".speakers .person-affiliation")).toEqual([
      "Corporate Citizenship Project Manager, IBM Danmark",
      "Leder, Frivilligcenter Vesterbro/Kgs. Enghave/Valby",
      "Direktør, ReMind",
    ]);
  });

  it("lists the task force of five", () => {
    expect(items(".outcomes .person-name")).toEqual([
      "Anders Sejerøe",
      "Jesper Bering Kristensen",
      "Oda Bagøien Hustad",
      "Thorbjørn Lautrop Nielsen",
      "Jon Kiellberg",
    ]);
    expect(items(".outcomes .person-affiliation")).toContain(
      "Ph.d. studerende, Institut for Samfundsvidenskab og Erhverv, Ledelse og Organisation, Roskilde Universitet",
    );
  });

  it("shows goal 17 with its Danish name", () => {
    expect(items(".sdgs li")).toEqual(["17 Partnerskaber for handling"]);
  });

  it("keeps the post's own words in the body", () => {
    const body = readable(page.querySelector(".post-body"));
    expect(body).toContain("sprang taleboblen læk");
    expect(body).toContain("Et årligt personligt medlemsskab koster 1.000 kr.");
    expect(page.querySelector('.post-body a[href="mailto:sekretariatet@csrforum.dk"]')).not.toBeNull();
  });

  it("is listed on the home page with its date and speakers", async () => {
    const home = await site.page("/");
    const entry = home.querySelector(".post-summary");
    expect(entry?.querySelector("a")?.getAttribute("href")).toBe(FIRST_POST);
    expect(readable(entry?.querySelector(".post-date"))).toBe("5. okt. 2018");
    expect(readable(entry?.querySelector(".post-speakers"))).toBe(
      "Oplægsholdere: Jesper Bering Kristensen, Thorbjørn Lautrop Nielsen, Jon Kiellberg",
    );
  });

  it("tells feed readers the meeting the page tells, section for section, without the page's ids", async () => {
    const feed = JSON.parse(await readFile(path.join(site.output, "feed.json"), "utf8")) as { items: Array<{ url: string; content_html: string }> };
    const entry = feed.items.find((item) => item.url.endsWith(FIRST_POST));
    const { document } = parseHTML(`<!doctype html><html><body>${entry?.content_html ?? ""}</body></html>`);
    const sections = (root: Pick<ParsedPage, "querySelectorAll">) => [...root.querySelectorAll("section")].map((section) => [section.className, readable(section)]);
    const pageSections = sections(page.querySelector("article.post") ?? page).filter(([name]) => name !== "tags");
    expect(pageSections.map(([name]) => name)).toEqual(["mission", "speakers", "outcomes", "sdgs"]);
    expect(sections(document.body)).toEqual(pageSections);
    expect(document.querySelectorAll("section[aria-labelledby], section [id], [data-pagefind-weight]")).toHaveLength(0);
  });
});
