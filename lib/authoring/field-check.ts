import { docAt, schemaAt } from "../validation/field-docs.ts";
import { postSchema } from "../content/post-schema.ts";
import { problemsFromIssues } from "../validation/schema-issues.ts";

/** A path into the post's front matter, e.g. `["meeting", "date"]` or `["speakers", 0, "name"]`. */
export type FieldPath = ReadonlyArray<string | number>;

/**
 * Checks one answer against the field's own part of the post schema (the same
 * rules and Danish messages as the build), and says what is wrong and how to fix
 * it, or undefined when the answer is good.
 * @example checkField(["meeting", "start"], "8.30") // 'Svaret er "8.30", men skal være et klokkeslæt skrevet timer:minutter. Skriv klokkeslættet …'
 */
export function checkField(path: FieldPath, value: unknown): string | undefined {
  const schema = schemaAt(postSchema, path);
  if (schema === undefined) throw new Error(`No field ${path.join(".")} in the post schema`);
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return undefined;
  return describe(path, problemsFromIssues("", schema, result.error.issues)[0]?.message);
}

/**
 * Checks one field of a group with its siblings, for rules that span fields
 * (a meeting's end after its start).
 */
export function checkFieldInGroup(groupPath: FieldPath, group: Record<string, unknown>, key: string): string | undefined {
  const schema = schemaAt(postSchema, groupPath);
  if (schema === undefined) throw new Error(`No field ${groupPath.join(".")} in the post schema`);
  const result = schema.safeParse(group, { reportInput: true });
  if (result.success) return undefined;
  const issue = result.error.issues.find((candidate) => candidate.path[0] === key);
  if (issue === undefined) return undefined;
  return describe([...groupPath, key], problemsFromIssues("", schema, [issue])[0]?.message);
}

function describe(path: FieldPath, message: string | undefined): string {
  const hint = docAt(postSchema, path)?.hint ?? docAt(postSchema, path.slice(0, -1))?.hint;
  return [`Svaret ${message ?? "kan ikke bruges."}`, hint].filter((part) => part !== undefined).join(" ");
}
