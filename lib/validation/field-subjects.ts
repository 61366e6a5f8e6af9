// What a problem is said of, in Danish: a field ("felt"), or a list item by its
// noun ("2. oplægsholder"). Free of Node's modules: the editor at /admin/ bundles it.

/** What one item of each list is called, by the list's field name: `speakers[1]` is the 2. oplægsholder; and whether the noun is neuter (et emne). */
const LIST_ITEM_NOUNS: Readonly<Record<string, { noun: string; neuter: boolean }>> = {
  speakers: { noun: "oplægsholder", neuter: false },
  taskForce: { noun: "person i task forcen", neuter: false },
  actions: { noun: "handling", neuter: false },
  tags: { noun: "emne", neuter: true },
  sdgs: { noun: "verdensmål", neuter: true },
  activities: { noun: "aktivitet", neuter: false },
};

/** A field path's last list item and what is after it: `speakers[1].name` → speakers, 1, "name". */
function listItemOf(field: string): { before: string; list: string; index: string; rest: string; noun: string; neuter: boolean } | undefined {
  const item = /^(.*?)([A-Za-z]+)\[(\d+)\](.*)$/.exec(field);
  const known = item === null ? undefined : LIST_ITEM_NOUNS[item[2] ?? ""];
  if (item === null || known === undefined) return undefined;
  const [, before = "", list = "", index = "0", after = ""] = item;
  return { before, list, index, rest: after.replace(/^\./, ""), ...known };
}

/**
 * A field as the secretariat reads it: list positions counted from 1 in Danish,
 * the path as written in the file in brackets.
 * @example describeField("speakers[1].organisation") // '2. oplægsholder (speakers[1]), felt "organisation"'
 * @example describeField("meeting.start") // 'felt "meeting.start"'
 */
export function describeField(field: string): string {
  const item = listItemOf(field);
  if (item === undefined) return `felt "${field}"`;
  const position = `${Number(item.index) + 1}. ${item.noun} (${item.before}${item.list}[${item.index}])`;
  return item.rest === "" ? position : `${position}, felt "${item.rest}"`;
}

/**
 * "tom" or "tomt", agreeing with what a problem about `field` is said of: a field
 * ("felt", neuter), a list item by its noun (en oplægsholder, et emne), or with no
 * field, the prompt's "Svaret" (neuter).
 * @example emptyWord("speakers[1]") // "tom"
 * @example emptyWord("title") // "tomt"
 */
export function emptyWord(field: string | undefined): "tom" | "tomt" {
  const item = field === undefined ? undefined : listItemOf(field);
  return item === undefined || item.rest !== "" || item.neuter ? "tomt" : "tom";
}
