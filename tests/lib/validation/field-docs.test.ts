import { describe, expect, it } from "vitest";
import { z } from "zod";
import { docAt, keysAt, listDocumentedFields } from "../../../lib/validation/field-docs.ts";
import { postSchema } from "../../../lib/content/post-schema.ts";
import { siteSchema } from "../../../lib/site/settings-schema.ts";

/** Every field path of an object schema, documented or not. */
function allFieldPaths(schema: z.ZodType, prefix = ""): string[] {
  let inner = schema;
  while (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodArray) return allFieldPaths(inner.element as z.ZodType, `${prefix}[]`);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    return [path, ...allFieldPaths(child, path)];
  });
}

describe.each([
  ["post", postSchema],
  ["site settings", siteSchema],
])("the %s schema", (_name, schema) => {
  it("documents every field, so every error has a hint and the guide lists it", () => {
    expect(listDocumentedFields(schema).map((field) => field.path)).toEqual(allFieldPaths(schema));
  });
});

describe("schema lookup", () => {
  it("finds a field's documentation through lists and optional groups", () => {
    expect(docAt(postSchema, ["speakers", 3, "organisation"])?.hint).toBe('Skriv organisationens navn, fx "IBM Danmark".');
    expect(docAt(postSchema, ["outcomes", "taskForce", 0, "name"])?.required).toBe(true);
    expect(docAt(postSchema, ["nonsense"])).toBeUndefined();
  });

  it("lists the fields a group accepts", () => {
    expect(keysAt(postSchema, ["meeting", "venue"])).toEqual(["name", "address"]);
    expect(keysAt(postSchema, ["title"])).toEqual([]);
  });

  it("marks exactly the required post fields", () => {
    const required = listDocumentedFields(postSchema)
      .filter((field) => field.doc.required)
      .map((field) => field.path);
    expect(required).toEqual([
      "title",
      "date",
      "meeting.date",
      "meeting.venue.name",
      "speakers[].name",
      "outcomes.taskForce[].name",
    ]);
  });
});
