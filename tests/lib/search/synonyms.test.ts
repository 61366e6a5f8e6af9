import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../lib/validation/problems.ts";
import { synonymKey, validateSynonyms } from "../../../lib/search/synonyms.ts";

const FILE = "data/search/synonyms.yaml";
const messages = (source: string) => validateSynonyms(FILE, source).problems.map(formatProblem);

describe("validateSynonyms", () => {
  it("reads groups as written", () => {
    const result = validateSynonyms(FILE, "groups:\n  - [SMV, små og mellemstore virksomheder]\n  - [SDG, verdensmål]\n");
    expect(result.problems).toEqual([]);
    expect(result.groups).toEqual([
      ["SMV", "små og mellemstore virksomheder"],
      ["SDG", "verdensmål"],
    ]);
  });

  it("accepts the shipped file", async () => {
    const result = validateSynonyms(FILE, await readFile(new URL("../../../data/search/synonyms.yaml", import.meta.url), "utf8"));
    expect(result.problems).toEqual([]);
    expect(result.groups?.length).toBeGreaterThan(5);
  });

  it("rejects an empty group, and a group of one word, naming the group", () => {
    expect(messages("groups:\n  - []\n  - [CSR]\n")).toEqual([
      'data/search/synonyms.yaml: felt "groups[0]" skal have mindst 2 punkter. Skriv mindst to ord eller udtryk i gruppen, fx [SMV, små og mellemstore virksomheder].',
      'data/search/synonyms.yaml: felt "groups[1]" skal have mindst 2 punkter. Skriv mindst to ord eller udtryk i gruppen, fx [SMV, små og mellemstore virksomheder].',
    ]);
  });

  it("rejects an empty word", () => {
    expect(messages('groups:\n  - [CSR, " "]\n')).toEqual([
      'data/search/synonyms.yaml: felt "groups[0][1]" må ikke være tomt. Skriv mindst to ord eller udtryk i gruppen, fx [SMV, små og mellemstore virksomheder].',
    ]);
  });

  it("rejects a word in two groups, whatever its case and spacing, naming both", () => {
    expect(messages("groups:\n  - [CSR, samfundsansvar]\n  - [ansvar, Samfundsansvar ]\n")).toEqual([
      'data/search/synonyms.yaml: felt "groups[1][1]" er "Samfundsansvar", som står også i groups[0]. Et ord må kun stå i én gruppe: flet de to grupper sammen, eller slet ordet fra den ene.',
    ]);
  });

  it("rejects a word written twice in one group", () => {
    expect(messages("groups:\n  - [SDG, verdensmål, sdg]\n")).toEqual([
      'data/search/synonyms.yaml: felt "groups[0][2]" er "sdg", som står tidligere i samme gruppe. Slet den ene af dem.',
    ]);
  });

  it("rejects an unknown field and suggests the known one", () => {
    expect(messages("grups:\n  - [CSR, samfundsansvar]\n")).toEqual([
      'data/search/synonyms.yaml: felt "groups" mangler. Skriv hver gruppe på sin egen linje, der begynder med bindestreg, fx - [SDG, verdensmål].',
      'data/search/synonyms.yaml: felt "grups" findes ikke. Mente du "groups"? Ret stavemåden.',
    ]);
  });

  it("reports a YAML syntax error with its line", () => {
    const [problem] = validateSynonyms(FILE, "groups:\n  - [CSR, samfundsansvar\n").problems;
    expect(problem?.file).toBe(FILE);
    expect(problem?.line).toBeGreaterThan(1);
  });

  it("rejects an empty file", () => {
    expect(messages("")).toEqual(['data/search/synonyms.yaml: Filen er tom. Skriv groups: og grupperne på linjerne under, som i guiden i README.md.']);
  });
});

describe("synonymKey", () => {
  it("compares words in lower case with single spaces", () => {
    expect(synonymKey("  Små og \t Mellemstore ")).toBe("små og mellemstore");
  });
});
