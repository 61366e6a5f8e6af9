import { describe, expect, it } from "vitest";
import { absoluteUrl, activityIcsPath, calendarFeedPath, calendarPath, webcalUrl } from "../../../lib/calendar/routes.ts";

describe("calendar routes", () => {
  it("are the ones in the project's route table", () => {
    expect(calendarPath(2019)).toBe("/kalender/2019/");
    expect(calendarFeedPath(2019)).toBe("/kalender/2019.ics");
    expect(activityIcsPath(2019, "morgenmoede-marts")).toBe("/kalender/2019/morgenmoede-marts.ics");
  });

  it("make absolute URLs from the site's address, with or without a trailing slash or a folder", () => {
    expect(absoluteUrl("https://blog.csrforum.dk", "/kalender/2019.ics")).toBe("https://blog.csrforum.dk/kalender/2019.ics");
    expect(absoluteUrl("https://blog.csrforum.dk/", "/kalender/2019/#frist")).toBe("https://blog.csrforum.dk/kalender/2019/#frist");
    expect(absoluteUrl("https://example.org/csr", "/kalender/2019.ics")).toBe("https://example.org/csr/kalender/2019.ics");
  });

  it("turn an http(s) address into a webcal:// one", () => {
    expect(webcalUrl("https://blog.csrforum.dk/kalender/2019.ics")).toBe("webcal://blog.csrforum.dk/kalender/2019.ics");
    expect(webcalUrl("http://localhost:8080/kalender/2019.ics")).toBe("webcal://localhost:8080/kalender/2019.ics");
  });
});
