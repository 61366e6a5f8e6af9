import { describe, expect, it } from "vitest";
import { homePagePath, organisationPath, personPath, topicPath } from "../../../lib/listings/routes.ts";

describe("listing routes", () => {
  it("are the ones in the project's route table", () => {
    expect(personPath("jon-kiellberg")).toBe("/personer/jon-kiellberg/");
    expect(organisationPath("ibm-danmark")).toBe("/organisationer/ibm-danmark/");
    expect(topicPath("smv")).toBe("/emner/smv/");
    expect([1, 2, 12].map(homePagePath)).toEqual(["/", "/side/2/", "/side/12/"]);
  });
});
