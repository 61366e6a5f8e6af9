import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../../lib/validation/problems.ts";
import { loadSiteSettings, validateSiteSettings } from "../../../lib/site/settings.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const valid = {
  title: "CSR Forum",
  description: "En blog.",
  url: "https://blog.csrforum.dk",
  language: "da",
  timeZone: "Europe/Copenhagen",
  organisation: "CSR Forum",
  network: "Corporate Social Responsibility & Co-Creation",
  email: "sekretariatet@csrforum.dk",
};
const FILE = "data/site.json";
const fieldsWithProblems = (value: unknown) => validateSiteSettings(FILE, value).problems.map((p) => p.field);

describe("validateSiteSettings", () => {
  it("accepts the shipped shape", () => {
    expect(validateSiteSettings(FILE, valid)).toEqual({ settings: valid, problems: [] });
  });

  it("rejects an unknown zone, a relative URL, a wrong language and a bad e-mail", () => {
    expect(
      fieldsWithProblems({ ...valid, timeZone: "Europe/Kobenhavn", url: "/blog", language: "en", email: "sekretariatet" }),
    ).toEqual(["url", "language", "timeZone", "email"]);
  });

  it("rejects a typo with a suggestion", () => {
    const { problems } = validateSiteSettings(FILE, { ...valid, titel: "x" });
    expect(problems).toEqual([expect.objectContaining({ field: "titel", hint: 'Mente du "title"? Felternes navne er engelske: skriv title.' })]);
  });
});

describe("loadSiteSettings", () => {
  const scratch = useScratchDir("site");
  const dataDir = () => path.join(scratch.root, "data");

  it("reads data/site.json", async () => {
    await scratch.write("data/site.json", JSON.stringify(valid));
    expect(await loadSiteSettings(scratch.root, dataDir())).toEqual(valid);
  });

  it("explains broken JSON in Danish, naming the file", async () => {
    await scratch.write("data/site.json", '{ "title": "CSR Forum", }');
    const error = await loadSiteSettings(scratch.root, dataDir()).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems[0]).toMatchObject({ file: "data/site.json" });
    expect((error as ContentError).message).toContain("ikke gyldig JSON");
  });

  it("explains a missing file", async () => {
    await expect(loadSiteSettings(scratch.root, dataDir())).rejects.toThrow(/data\/site.json\n {2}Filen findes ikke/);
  });
});

describe("the site's url", () => {
  it("must be an origin: a sub-folder belongs in PATH_PREFIX", () => {
    const { problems } = validateSiteSettings(FILE, { ...valid, url: "https://csrforum.dk/blog" });
    expect(problems).toEqual([expect.objectContaining({ field: "url", message: 'har stien "/blog", men må kun være sidens protokol og domæne.' })]);
  });
});
