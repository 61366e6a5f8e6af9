import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { documented } from "../validation/field-docs.ts";
import { text } from "../validation/field-types.ts";
import { type Problem, repositoryPath, throwIfProblems } from "../validation/problems.ts";
import { readFileIfPresent } from "../files/missing-ok.ts";
import { validateAgainst } from "../validation/schema-issues.ts";
import { readDataFile } from "../validation/yaml-source.ts";

/** Where the synonyms live, relative to the data folder: `data/search/synonyms.yaml`. */
export const SYNONYMS_FILE = "search/synonyms.yaml";

/**
 * The synonyms file: groups of words and phrases a search treats as one, such as
 * an abbreviation and what it stands for. One schema, from which the type and the
 * Danish messages follow.
 */
export const synonymsSchema = z.strictObject({
  groups: documented(
    z.array(
      documented(z.array(text()).min(2), {
        label: "en gruppe ord, der betyder det samme",
        hint: 'Skriv mindst to ord eller udtryk i gruppen, fx [SMV, små og mellemstore virksomheder].',
        example: "- [SMV, små og mellemstore virksomheder]",
      }),
    ),
    {
      label: "grupperne af ord, søgningen behandler som ét",
      hint: "Skriv hver gruppe på sin egen linje, der begynder med bindestreg, fx - [SDG, verdensmål].",
      example: "- [CSR, samfundsansvar]",
      required: true,
    },
  ),
});

/** The synonym groups once validated: every word as the secretariat wrote it. */
export type SynonymGroups = ReadonlyArray<readonly string[]>;

/**
 * A word or phrase as the search compares it: lower case, single spaces.
 * @example synonymKey("  Små og  mellemstore ") // "små og mellemstore"
 */
export function synonymKey(term: string): string {
  return term.toLocaleLowerCase("da").trim().replace(/\s+/g, " ");
}

/** A word written twice, in one group or in two: the search could not tell which group it means. */
function repeatedWordProblems(file: string, groups: SynonymGroups): Problem[] {
  const firstSeen = new Map<string, { group: number; index: number }>();
  const problems: Problem[] = [];
  groups.forEach((group, groupIndex) =>
    group.forEach((term, index) => {
      const key = synonymKey(term);
      const first = firstSeen.get(key);
      if (first === undefined) {
        firstSeen.set(key, { group: groupIndex, index });
        return;
      }
      const where = first.group === groupIndex ? "tidligere i samme gruppe" : `også i groups[${first.group}]`;
      problems.push({
        file,
        field: `groups[${groupIndex}][${index}]`,
        message: `er "${term}", som står ${where}.`,
        hint:
          first.group === groupIndex
            ? "Slet den ene af dem."
            : "Et ord må kun stå i én gruppe: flet de to grupper sammen, eller slet ordet fra den ene.",
      });
    }),
  );
  return problems;
}

/**
 * Reads and validates the synonyms file: its YAML, the schema, and that no word
 * stands twice. Every problem is reported, in Danish; `file` is the
 * repository-relative path the problems name.
 */
export function validateSynonyms(file: string, source: string): { groups?: SynonymGroups; problems: Problem[] } {
  if (source.trim() === "") {
    return { problems: [{ file, message: "Filen er tom.", hint: "Skriv groups: og grupperne på linjerne under, som i guiden i README.md." }] };
  }
  const parsed = readDataFile(file, source);
  if (parsed.source === undefined) return { problems: parsed.problems };
  const { value: data, problems } = validateAgainst(file, synonymsSchema, parsed.source.value);
  if (data === undefined) return { problems };
  const repeated = repeatedWordProblems(file, data.groups);
  return repeated.length > 0 ? { problems: repeated } : { groups: data.groups, problems: [] };
}

/**
 * Reads and validates `data/search/synonyms.yaml` below `dataDir`; no file means
 * no groups. Throws a ContentError with every problem; `root` is the repository
 * root the reported paths are relative to.
 */
export async function readSynonyms(root: string, dataDir: string): Promise<SynonymGroups> {
  const absolutePath = path.join(dataDir, SYNONYMS_FILE);
  const source = await readFileIfPresent(absolutePath);
  if (source === undefined) return [];
  const { groups, problems } = validateSynonyms(repositoryPath(root, absolutePath), source);
  throwIfProblems(problems);
  return groups ?? [];
}
