import type { z } from "zod";
import { calendarSchema } from "../calendar/calendar-schema.ts";
import { postSchema } from "../content/post-schema.ts";
import { siteSchema } from "../site/settings-schema.ts";
import type { Problem } from "../validation/problems.ts";
import { validateAgainst } from "../validation/schema-issues.ts";
import { EDIT_LINK_LEADS_NOWHERE } from "./cms-settings-schema.ts";
import { withoutEmpty } from "./entry-file.ts";
import { PATH_KEYS, POSTS_COLLECTION, SETTINGS_COLLECTION } from "./names.ts";

/**
 * The collections whose files the build validates with a schema, by collection
 * name: all but the standing pages, which have none (the form requires their title and description).
 */
const SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  [POSTS_COLLECTION]: postSchema,
  calendar: calendarSchema,
  [SETTINGS_COLLECTION]: siteSchema,
};

/**
 * What the build would refuse in an entry about to be saved, as Danish lines
 * (`felt "meeting.date" mangler. Skriv …`): the form's values, as the file would
 * hold them, against the same schema the build uses. This catches what a form
 * cannot say, such as a meeting's date being required once the meeting is filled in.
 * @example entryProblems("posts", { title: "Møde", date: "2019-01-01", meeting: { start: "08:30" } }) // ['felt "meeting.date" mangler. …']
 */
export function entryProblems(collection: string, data: Record<string, unknown>): string[] {
  const schema = SCHEMAS[collection];
  if (schema === undefined) return [];
  const { body: _body, [PATH_KEYS.year]: _year, [PATH_KEYS.name]: _name, ...fields } = data;
  const written = withoutEmpty(fields) as Record<string, unknown>;
  return [...validateAgainst("", schema, written).problems, ...ruleProblems(collection, written)].map((problem) =>
    [problem.field === undefined ? undefined : `felt "${problem.field}"`, problem.message, problem.hint].filter(Boolean).join(" "),
  );
}

/** What the build refuses beyond a collection's schema: the settings' "Ret indlægget" link with no repository. */
function ruleProblems(collection: string, written: Record<string, unknown>): Array<Omit<Problem, "file">> {
  if (collection !== SETTINGS_COLLECTION) return [];
  const cms = written.cms as { repo?: unknown; editLink?: unknown } | undefined;
  return cms?.editLink === true && cms.repo === undefined ? [EDIT_LINK_LEADS_NOWHERE] : [];
}
