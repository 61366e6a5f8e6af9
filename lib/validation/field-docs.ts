import { z } from "zod";

/** What the secretariat is told about a field: in the authoring guide and in errors. */
export interface FieldDoc {
  /** What the field holds, in Danish, as a noun phrase ("mødets dato"). */
  label: string;
  /** How to fill it in, in Danish, as a whole sentence with an example. */
  hint: string;
  /** The value written as YAML, for the guide's table. */
  example: string;
  required?: boolean;
  /** The hint for a form field (the editor at /admin/), where `hint` speaks of YAML syntax. */
  formHint?: string;
  /** Text of a sentence or more (a summary, a mission): a text area in forms rather than a line. */
  multiline?: boolean;
  /** What a form shows for each value of a field with fixed values (an enum, the goals 1–17). */
  optionLabels?: Readonly<Record<string | number, string>>;
}

/** The registry that ties documentation to the schema nodes it describes. */
const fieldDocs = z.registry<FieldDoc>();

/** Attach documentation to a schema node; the node is returned unchanged. */
export function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  fieldDocs.add(schema, doc);
  return schema;
}

/** A documented field of the schema, found by walking it. */
export interface DocumentedField {
  /** Dotted path with `[]` for list items, e.g. `speakers[].name`. */
  path: string;
  doc: FieldDoc;
}

/** Strips the wrappers that do not change a field's shape: optional, default, readonly. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodReadonly) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The documentation of a schema node, given on it or on the node its optional wraps. */
export function docOf(schema: z.ZodType): FieldDoc | undefined {
  return fieldDocs.get(schema) ?? fieldDocs.get(unwrap(schema));
}

/**
 * Every documented field of an object schema, depth first in declaration order.
 * @example listDocumentedFields(postSchema)[0].path // "title"
 */
export function listDocumentedFields(schema: z.ZodType, prefix = ""): DocumentedField[] {
  const inner = unwrap(schema);
  const fields: DocumentedField[] = [];
  if (inner instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      const path = prefix === "" ? key : `${prefix}.${key}`;
      const doc = docOf(child);
      if (doc) fields.push({ path, doc });
      fields.push(...listDocumentedFields(child, path));
    }
  } else if (inner instanceof z.ZodArray) {
    fields.push(...listDocumentedFields(inner.element as z.ZodType, `${prefix}[]`));
  }
  return fields;
}

/**
 * The schema node at a concrete path such as `["speakers", 1, "name"]`, or
 * undefined where the path leaves the schema (an unknown field).
 */
export function schemaAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    const inner: z.ZodType | undefined = current === undefined ? undefined : unwrap(current);
    if (inner instanceof z.ZodObject && typeof segment === "string") {
      current = (inner.shape as Record<string, z.ZodType>)[segment];
    } else if (inner instanceof z.ZodArray && typeof segment === "number") {
      current = inner.element as z.ZodType;
    } else {
      return undefined;
    }
  }
  return current;
}

/** The documentation of the field at a concrete path, if it has any. */
export function docAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): FieldDoc | undefined {
  const node = schemaAt(schema, path);
  return node === undefined ? undefined : docOf(node);
}

/** The field names an object at `path` accepts, for "did you mean" hints. */
export function keysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  const node = schemaAt(schema, path);
  const inner = node === undefined ? undefined : unwrap(node);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}
