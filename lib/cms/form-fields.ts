import { z } from "zod";
import { type FieldDoc, docOf, unwrap } from "../validation/field-docs.ts";
import { CLOCK_TIME } from "../dates/clock-time.ts";
import { type TextKind, textKinds } from "../validation/field-types.ts";

/** One field of a Decap CMS form, as its `config.yml` writes it (only the options this site uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: "string" | "text" | "markdown" | "boolean" | "datetime" | "select" | "object" | "list" | "hidden";
  required?: boolean;
  hint?: string;
  /** A regular expression the value must match, and what the form says when it does not. */
  pattern?: [string, string];
  /** An object's fields, or a list item's. */
  fields?: CmsField[];
  /** The one field of a list of plain values (tags, actions). */
  field?: CmsField;
  options?: Array<{ label: string; value: string | number }>;
  multiple?: boolean;
  min?: number;
  max?: number;
  summary?: string;
  date_format?: string | false;
  time_format?: string | false;
  format?: string;
  picker_utc?: boolean;
  default?: string | boolean;
}

/**
 * The pattern a text of each kind must match in the form, and what the form says
 * when it does not (Decap puts "<label> matchede ikke:" before it). Each mirrors
 * its kind's check in lib/validation/field-types.ts as far as a regular
 * expression can; the check before saving runs the schema itself.
 */
const KIND_PATTERNS: Partial<Record<TextKind, [string, string]>> = {
  time: [CLOCK_TIME.source, "skriv klokkeslættet som timer:minutter, fx 08:30"],
  // http or https, and something after it.
  "web-address": ["^https?://[^\\s/$.?#][^\\s]*$", "skriv en hel webadresse, der begynder med https://"],
  // http or https and a host, perhaps a port, then at most a slash: no user, path, query or fragment.
  "site-address": ["^https?://[^\\s/?#@:\\\\]+(?::\\d{1,5})?/?$", "skriv adressen med https:// og uden sti, fx https://blog.csrforum.dk"],
  // The same with https only, and the host as URL writes an origin: lower case, no letters beyond a-z.
  "https-origin": ["^https://[a-z0-9.-]+(?::\\d{1,5})?/?$", "skriv adressen med https:// og uden sti, fx https://login.csrforum.dk"],
};

const EMAIL_PATTERN = "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$";
const EMAIL_MESSAGE = "skriv en e-mailadresse, fx sekretariatet@csrforum.dk";

/** A label for a form: the registry's noun phrase with a capital letter. */
function formLabel(doc: FieldDoc): string {
  return doc.label.charAt(0).toUpperCase() + doc.label.slice(1);
}

/**
 * The Decap CMS fields of an object schema, one per documented key, in the
 * schema's order: the widget follows from the node's type (and, for text, from
 * its kind in `textKinds`), labels and hints from the field registry. A field is
 * required in the form where the schema requires it whenever its parent is
 * there: inside an optional object (a post's meeting) the form cannot express
 * "required if the meeting is filled in", so it leaves that to the check before
 * saving and to the build.
 * @example schemaFields(postSchema)[0] // { name: "title", label: "Indlæggets titel", widget: "string", required: true, … }
 */
export function schemaFields(schema: z.ZodType, insideOptional = false, path = ""): CmsField[] {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) throw new Error(`${path || "The schema"} is not an object schema.`);
  return Object.entries(inner.shape as Record<string, z.ZodType>).map(([name, child]) => {
    const fieldPath = path === "" ? name : `${path}.${name}`;
    const doc = docOf(child);
    if (doc === undefined) throw new Error(`Field ${fieldPath} has no documentation in the field registry.`);
    const optional = child.safeParse(undefined).success;
    return {
      name,
      label: formLabel(doc),
      ...widgetOf(child, doc, optional || insideOptional, fieldPath),
      required: !optional && !insideOptional,
      hint: doc.formHint ?? doc.hint,
    };
  });
}

type Widget = Omit<CmsField, "name" | "label" | "required" | "hint">;

function widgetOf(schema: z.ZodType, doc: FieldDoc, optional: boolean, path: string): Widget {
  const inner = unwrap(schema);
  // A value normalised after it is checked (the site's url, made its origin): the form edits what is written.
  if (inner instanceof z.ZodPipe) return widgetOf(inner.in as z.ZodType, doc, optional, path);
  if (inner instanceof z.ZodObject) {
    // Open, not collapsed: a post is about its meeting, and its fields should be in sight.
    return { widget: "object", fields: schemaFields(inner, optional, path) };
  }
  if (inner instanceof z.ZodArray) return listWidget(inner.element as z.ZodType, doc, path);
  if (inner instanceof z.ZodBoolean) return { widget: "boolean", default: false };
  if (inner instanceof z.ZodEnum) return selectWidget(inner.options as Array<string | number>, doc);
  if (inner instanceof z.ZodLiteral) return selectWidget([...inner.values] as Array<string | number>, doc);
  if (inner instanceof z.ZodEmail) return { widget: "string", pattern: [EMAIL_PATTERN, EMAIL_MESSAGE] };
  if (inner instanceof z.ZodString) return textWidget(inner, doc);
  throw new Error(`Field ${path} has a type the editor has no widget for.`);
}

function listWidget(element: z.ZodType, doc: FieldDoc, path: string): Widget {
  const item = unwrap(element);
  if (item instanceof z.ZodObject) {
    // A list item exists only once added, so its required fields are required.
    return { widget: "list", summary: "{{fields.name}}", fields: schemaFields(item, false, `${path}[]`) };
  }
  if (item instanceof z.ZodNumber && item.minValue !== null && item.maxValue !== null && Number.isInteger(item.minValue)) {
    const values = Array.from({ length: item.maxValue - item.minValue + 1 }, (_, index) => (item.minValue as number) + index);
    return { ...selectWidget(values, doc, (value) => `${value} ${doc.optionLabels?.[value] ?? ""}`.trim()), multiple: true };
  }
  if (item instanceof z.ZodString) {
    const name = path.split(".").pop() ?? path;
    return { widget: "list", field: { name, label: formLabel(doc), ...textWidget(item, doc), required: true } };
  }
  throw new Error(`Field ${path} is a list of a type the editor has no widget for.`);
}

function selectWidget(
  values: ReadonlyArray<string | number>,
  doc: FieldDoc,
  label: (value: string | number) => string = (value) => doc.optionLabels?.[value] ?? String(value),
): Widget {
  return { widget: "select", options: values.map((value) => ({ label: label(value), value })) };
}

function textWidget(schema: z.ZodType, doc: FieldDoc): Widget {
  const kind = textKinds.get(schema)?.kind;
  const pattern = kind === undefined ? undefined : KIND_PATTERNS[kind];
  const patterned = pattern === undefined ? {} : { pattern };
  switch (kind) {
    case "date":
      // The date as typed, no time and no zone: dayjs parses and formats it in the same (local) zone.
      return { widget: "datetime", date_format: "YYYY-MM-DD", time_format: false, format: "YYYY-MM-DD", picker_utc: false };
    case "time":
      return { widget: "datetime", date_format: false, time_format: "HH:mm", format: "HH:mm", picker_utc: false, ...patterned };
    default:
      return { widget: doc.multiline ? "text" : "string", ...patterned };
  }
}
