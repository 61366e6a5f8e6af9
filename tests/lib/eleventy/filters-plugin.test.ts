import { describe, expect, it } from "vitest";
import { filtersPlugin } from "../../../lib/eleventy/filters-plugin.ts";
import { SiteState } from "../../../lib/site/site-state.ts";
import { fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { loadedSite } from "../../helpers/loaded-post.ts";

function filters(timeZone: string) {
  const registered = fakeEleventyConfig();
  const state = new SiteState();
  const site = loadedSite();
  state.load({ ...site, settings: { ...site.settings, timeZone } });
  filtersPlugin(registered.config, { state });
  return (name: string, ...args: unknown[]) => (registered.filters.get(name) as (...a: unknown[]) => unknown)(...args);
}

describe("filtersPlugin", () => {
  it("formats dates in the site's zone", () => {
    const filter = filters("Europe/Copenhagen");
    expect(filter("longDate", "2018-10-05")).toBe("fredag den 5. oktober 2018");
    expect(filter("shortDate", "2018-10-05")).toBe("5. okt. 2018");
    expect(filter("monthYear", "2018-10-01")).toBe("oktober 2018");
    expect(filter("zonedDateTime", "2018-10-05", "08:30")).toBe("2018-10-05T08:30:00+02:00");
    expect(filter("clockRange", "08:30", "10:00")).toBe("kl. 8.30–10.00");
  });

  it("follows the zone the settings name", () => {
    expect(filters("America/New_York")("zonedDateTime", "2018-10-05", "08:30")).toBe("2018-10-05T08:30:00-04:00");
    expect(filters("Pacific/Kiritimati")("year", new Date("2019-12-31T12:00:00Z"))).toBe(2020);
  });

  it("names goals in Danish", () => {
    expect(filters("Europe/Copenhagen")("sdgName", 17)).toBe("Partnerskaber for handling");
  });
});

describe("SiteState", () => {
  it("refuses to be read before the build validated the site", () => {
    expect(() => new SiteState().site).toThrow(/before eleventy.before/);
  });
});
