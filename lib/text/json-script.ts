/**
 * JSON for the inside of a `<script>` element (JSON-LD, data blocks): characters
 * that could end the element, open a comment or break a JavaScript parser are
 * written as `\u` escapes, which every JSON reader turns back into the same text.
 * @example serializeJsonForScript({ name: "</script>" }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("Only JSON values can be written into a script element.");
  return json.replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
