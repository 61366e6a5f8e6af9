import yaml from "js-yaml";

/**
 * YAML as the secretariat writes it, read with js-yaml's core schema: unlike the
 * default schema it has no implicit timestamps, so `date: 2018-02-30` stays the
 * text "2018-02-30" for the validator to reject, instead of silently becoming
 * 2 March. The build, `npm run new` and the editor at /admin/ all read with it.
 */
export function loadYaml(source: string): unknown {
  return yaml.load(source, { schema: yaml.CORE_SCHEMA });
}

/**
 * YAML as the tools write it (`npm run new`, the editor at /admin/): every text in
 * double quotes, so a title with a colon, a time like 08:30 or a tag like "yes"
 * stays text, and the file shows the habit the guide teaches; no line folding.
 * @example dumpYaml({ title: "Møde: 2019" }) // 'title: "Møde: 2019"\n'
 */
export function dumpYaml(value: object): string {
  return yaml.dump(value, { schema: yaml.CORE_SCHEMA, forceQuotes: true, quotingType: '"', lineWidth: -1 });
}
