import { describe, expect, it } from "vitest";
import { organisationPath, personPath, topicPath } from "../../../lib/listings/routes.ts";

describe("listing routes", () => {
  it("are the ones in the project's route table", () => {
    expect(personPath("jon-kiellberg")).toBe("/personer/jon-kiellberg/");
    expect(organisationPath("ibm-danmark")).toBe("/organisationer/ibm-danmark/");
    expect(topicPath("smv")).toBe("/emner/smv/");
  });
});
