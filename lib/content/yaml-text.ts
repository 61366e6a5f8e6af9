import yaml from "js-yaml";

/**
 * YAML as the tools write it (`npm run new`, the editor at /admin/): every text in
 * double quotes, so a title with a colon, a time like 08:30 or a tag like "yes"
 * stays text, and the file shows the habit the guide teaches; no line folding.
 * Files are read with `yaml` (validation/yaml-source.ts); js-yaml writes them
 * because its double quotes escape invisible characters (a no-break space, a
 * byte-order mark) that `yaml`'s writer leaves bare in the file.
 * @example dumpYaml({ title: "Møde: 2019" }) // 'title: "Møde: 2019"\n'
 */
export function dumpYaml(value: object): string {
  return yaml.dump(value, { schema: yaml.CORE_SCHEMA, forceQuotes: true, quotingType: '"', lineWidth: -1 });
}
