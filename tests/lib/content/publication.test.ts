import { describe, expect, it } from "vitest";
import { publicationStatus } from "../../../lib/content/publication.ts";

describe("publicationStatus", () => {
  it("publishes a post dated today or earlier", () => {
    expect(publicationStatus({ date: "2019-03-01" }, "2019-03-01")).toBe("published");
    expect(publicationStatus({ date: "2018-12-31" }, "2019-03-01")).toBe("published");
  });

  it("schedules a post dated after today", () => {
    expect(publicationStatus({ date: "2019-03-02" }, "2019-03-01")).toBe("scheduled");
    expect(publicationStatus({ date: "2020-01-01" }, "2019-12-31")).toBe("scheduled");
  });

  it("calls a draft a draft, whatever its date", () => {
    expect(publicationStatus({ date: "2018-01-01", draft: true }, "2019-03-01")).toBe("draft");
    expect(publicationStatus({ date: "2030-01-01", draft: true }, "2019-03-01")).toBe("draft");
    expect(publicationStatus({ date: "2030-01-01", draft: false }, "2019-03-01")).toBe("scheduled");
  });
});
