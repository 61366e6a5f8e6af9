import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { calendarSchema } from "../../../lib/calendar/calendar-schema.ts";
import { listDocumentedFields } from "../../../lib/validation/field-docs.ts";
import { CLOCK_TIME } from "../../../lib/dates/clock-time.ts";
import { postSchema } from "../../../lib/content/post-schema.ts";
import { type CmsConfig, type CmsOptions, cmsConfig, renderCmsConfig } from "../../../lib/cms/config.ts";
import type { CmsField } from "../../../lib/cms/form-fields.ts";
import { cmsSettingsSchema } from "../../../lib/cms/cms-settings-schema.ts";
import { siteSchema } from "../../../lib/site/settings-schema.ts";

const OPTIONS: CmsOptions = {
  repo: "csrforum/blog",
  branch: "main",
  siteUrl: "https://blog.csrforum.dk",
  pages: [{ file: "content/om-netvaerket.md", title: "Om netværket" }],
};

function collection(config: CmsConfig, name: string) {
  const found = config.collections.find((entry) => entry.name === name);
  if (found === undefined) throw new Error(`no collection ${name}`);
  return found;
}

/** Every field of a form by the registry's path notation (`speakers[].name`), with its field. */
function flatten(fields: readonly CmsField[], prefix = ""): Map<string, CmsField> {
  const flat = new Map<string, CmsField>();
  for (const field of fields) {
    const path = prefix === "" ? field.name : `${prefix}.${field.name}`;
    flat.set(path, field);
    if (field.widget === "object") for (const [key, value] of flatten(field.fields ?? [], path)) flat.set(key, value);
    if (field.widget === "list" && field.fields) for (const [key, value] of flatten(field.fields, `${path}[]`)) flat.set(key, value);
  }
  return flat;
}

const postFields = () => flatten(collection(cmsConfig(OPTIONS), "posts").fields ?? []);

describe("the posts form", () => {
  it("has every field of the post schema and nothing else but the Markdown body", () => {
    const schemaPaths = listDocumentedFields(postSchema).map((field) => field.path);
    expect([...postFields().keys()]).toEqual([...schemaPaths, "body"]);
    expect(postFields().get("body")?.widget).toBe("markdown");
  });

  // Checked by hand against lib/content/post-schema.ts.
  const expectedWidgets: Record<string, string> = {
    title: "string",
    date: "date",
    summary: "text",
    tags: "list of string",
    draft: "boolean",
    meeting: "object",
    "meeting.date": "date",
    "meeting.start": "time",
    "meeting.end": "time",
    "meeting.venue": "object",
    "meeting.venue.name": "string",
    "meeting.venue.address": "string",
    "meeting.network": "string",
    "meeting.host": "string",
    mission: "text",
    speakers: "list",
    "speakers[].name": "string",
    "speakers[].role": "string",
    "speakers[].organisation": "string",
    "speakers[].url": "web address",
    outcomes: "object",
    "outcomes.summary": "text",
    "outcomes.taskForce": "list",
    "outcomes.taskForce[].name": "string",
    "outcomes.taskForce[].role": "string",
    "outcomes.taskForce[].organisation": "string",
    "outcomes.taskForce[].url": "web address",
    "outcomes.actions": "list of text",
    "outcomes.deadline": "date",
    sdgs: "select many",
    body: "markdown",
  };

  function describeWidget(field: CmsField): string {
    if (field.widget === "datetime") return field.time_format === false ? "date" : field.date_format === false ? "time" : "date and time";
    if (field.widget === "list" && field.field) return `list of ${field.field.widget}`;
    if (field.widget === "select") return field.multiple ? "select many" : "select one";
    if (field.widget === "string" && field.pattern?.[0].startsWith("^https?:")) return "web address";
    return field.widget;
  }

  it("gives each field the widget for its kind of value", () => {
    expect(Object.fromEntries([...postFields()].map(([path, field]) => [path, describeWidget(field)]))).toEqual(expectedWidgets);
  });

  it("writes dates as YYYY-MM-DD without a time or a zone, and times as HH:mm", () => {
    const date = postFields().get("date");
    expect(date).toMatchObject({ date_format: "YYYY-MM-DD", time_format: false, format: "YYYY-MM-DD", picker_utc: false });
    const start = postFields().get("meeting.start");
    expect(start).toMatchObject({ date_format: false, time_format: "HH:mm", format: "HH:mm" });
    expect(start?.pattern?.[0]).toBe(CLOCK_TIME.source);
  });

  it("requires what the schema requires, and nothing inside an optional object", () => {
    const required = [...postFields()].filter(([, field]) => field.required).map(([path]) => path);
    expect(required).toEqual(["title", "date", "speakers[].name", "outcomes.taskForce[].name"]);
  });

  it("offers the goals 1 to 17 as numbers with their Danish names", () => {
    const sdgs = postFields().get("sdgs");
    expect(sdgs?.options).toHaveLength(17);
    expect(sdgs?.options?.[0]).toEqual({ label: "1 Afskaf fattigdom", value: 1 });
    expect(sdgs?.options?.[16]).toEqual({ label: "17 Partnerskaber for handling", value: 17 });
  });

  it("accepts in its web address pattern what the schema accepts, and refuses what it refuses", () => {
    const pattern = new RegExp(postFields().get("speakers[].url")?.pattern?.[0] ?? "");
    for (const good of ["https://www.ibm.com/dk-da", "http://example.dk"]) expect(pattern.test(good)).toBe(true);
    for (const bad of ["javascript:alert(1)", "www.ibm.com", "https://", "https:// x"]) expect(pattern.test(bad)).toBe(false);
  });

  it("labels and hints each field in Danish from the registry, with form hints where the guide speaks of YAML", () => {
    expect(postFields().get("title")).toMatchObject({ label: "Indlæggets titel", hint: 'Skriv en titel, fx "Årets sidste netværksmøde".' });
    expect(postFields().get("draft")?.hint).not.toMatch(/true|false/);
    expect(postFields().get("meeting.start")?.hint).not.toContain("anførselstegn");
  });

  it("puts a new post at content/posts/<year>/<date>-<slug>.md and its pictures beside it", () => {
    const posts = collection(cmsConfig(OPTIONS), "posts");
    expect(posts).toMatchObject({ folder: "content/posts", path: "{{cms_year}}/{{slug}}", slug: "{{fields.cms_name}}" });
    expect(posts).toMatchObject({ media_folder: "", public_folder: "", format: "frontmatter-da", extension: "md" });
  });
});

describe("the other collections", () => {
  it("edits each calendar file's activities with every field of the calendar schema", () => {
    const calendar = collection(cmsConfig(OPTIONS), "calendar");
    expect(calendar.folder).toBe("data/calendar");
    expect([...flatten(calendar.fields ?? []).keys()]).toEqual(listDocumentedFields(calendarSchema).map((field) => field.path));
    const kind = flatten(calendar.fields ?? []).get("activities[].kind");
    expect(kind?.options).toContainEqual({ label: "Morgenmøde", value: "morgenmøde" });
  });

  it("edits the settings with every field of the settings schema", () => {
    const settings = collection(cmsConfig(OPTIONS), "settings") as unknown as { files: Array<{ file: string; fields: CmsField[] }> };
    expect(settings.files[0]?.file).toBe("data/site.json");
    expect([...flatten(settings.files[0]?.fields ?? []).keys()]).toEqual(listDocumentedFields(siteSchema).map((field) => field.path));
  });

  it("writes the settings with the project's JSON format, which leaves cleared fields out", () => {
    expect(collection(cmsConfig(OPTIONS), "settings").format).toBe("json-da");
  });

  // Each sample is put to the form's pattern and to the schema; they must agree.
  const settingsFields = () => flatten((collection(cmsConfig(OPTIONS), "settings") as unknown as { files: Array<{ fields: CmsField[] }> }).files[0]?.fields ?? []);
  const addressSamples: Array<[string, z.ZodType, string[]]> = [
    [
      "url",
      siteSchema.shape.url,
      [
        "https://blog.csrforum.dk",
        "https://blog.csrforum.dk/",
        "http://localhost:8080",
        "https://bæredygtig.dk",
        "blog.csrforum.dk",
        "ftp://csrforum.dk",
        "https://csrforum.dk/blog",
        "https://csrforum.dk/?a=1",
        "https://csrforum.dk#top",
        "https://bruger:hemmelig@csrforum.dk",
        "javascript:alert(1)",
        "https://",
        "https:// csrforum.dk",
      ],
    ],
    [
      "cms.authUrl",
      cmsSettingsSchema.shape.authUrl,
      [
        "https://login.csrforum.dk",
        "https://login.csrforum.dk/",
        "https://login.csrforum.dk:8443",
        "http://login.csrforum.dk",
        "https://Login.csrforum.dk",
        "https://bæredygtig.dk",
        "https://login.csrforum.dk/auth",
        "https://login.csrforum.dk?a=1",
        "https://bruger@login.csrforum.dk",
        "login.csrforum.dk",
      ],
    ],
  ];
  it.each(addressSamples)("gives %s a pattern that accepts what the schema accepts, and refuses what it refuses", (path, schema, samples) => {
    const pattern = new RegExp(settingsFields().get(path)?.pattern?.[0] ?? "(?!)");
    const verdicts = samples.map((sample) => [sample, pattern.test(sample)]);
    expect(verdicts).toEqual(samples.map((sample) => [sample, schema.safeParse(sample).success]));
    expect(verdicts.filter(([, accepted]) => accepted)).toHaveLength(path === "url" ? 4 : 3);
  });

  it("offers each standing page given", () => {
    const pages = collection(cmsConfig(OPTIONS), "pages") as unknown as { files: Array<{ file: string; label: string }> };
    expect(pages.files).toEqual([expect.objectContaining({ file: "content/om-netvaerket.md", label: "Om netværket" })]);
  });
});

describe("the backend", () => {
  it("commits to the GitHub repository and branch given, in Danish", () => {
    const config = cmsConfig({ ...OPTIONS, authUrl: "https://auth.csrforum.dk" });
    expect(config.locale).toBe("da");
    expect(config.backend).toMatchObject({ name: "github", repo: "csrforum/blog", branch: "main", base_url: "https://auth.csrforum.dk" });
    expect(config).not.toHaveProperty("local_backend");
    expect(config).not.toHaveProperty("publish_mode");
  });

  it("uses decap-server on this machine only when given its address", () => {
    const config = cmsConfig({ ...OPTIONS, localBackend: "http://127.0.0.1:40123/api/v1" });
    expect(config.local_backend).toEqual({ url: "http://127.0.0.1:40123/api/v1" });
  });
});

describe("renderCmsConfig", () => {
  it("writes YAML that reads back as the same configuration", () => {
    const config = cmsConfig(OPTIONS);
    const text = renderCmsConfig(config);
    expect(text.startsWith("# Written by the build")).toBe(true);
    expect(yaml.load(text)).toEqual(JSON.parse(JSON.stringify(config)));
  });
});
