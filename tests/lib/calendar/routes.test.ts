import { describe, expect, it } from "vitest";
import { activityIcsPath, calendarFeedPath, calendarPath, webcalUrl } from "../../../lib/calendar/routes.ts";

describe("calendar routes", () => {
  it("are the ones in the project's route table", () => {
    expect(calendarPath(2019)).toBe("/kalender/2019/");
    expect(calendarFeedPath(2019)).toBe("/kalender/2019.ics");
    expect(activityIcsPath(2019, "morgenmoede-marts")).toBe("/kalender/2019/morgenmoede-marts.ics");
  });

  it("turn an http(s) address into a webcal:// one", () => {
    expect(webcalUrl("https://blog.csrforum.dk/kalender/2019.ics")).toBe("webcal://blog.csrforum.dk/kalender/2019.ics");
    expect(webcalUrl("http://localhost:8080/kalender/2019.ics")).toBe("webcal://localhost:8080/kalender/2019.ics");
  });
});
