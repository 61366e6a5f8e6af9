import type { WordList } from "./hunspell.ts";

/**
 * Shortest part a compound is split into: "by" in "landsby" is too short to be
 * told from noise, and so, measured on the relevance corpus, are three-letter
 * parts ("fin" + "des" in "findes"): "mål" in "klimamål" is the price.
 */
const MIN_PART_LENGTH = 4;

/**
 * Shortest part of a word the dictionary itself has, with a linking letter and
 * without one. Such a word is split only into parts that stand on their own, so
 * "frivillighed" stays whole rather than "fri" + "villighed", "rapportering"
 * rather than "rapporte" + "ring", while "netværk-s-møde" and "gruppe-arbejde" split.
 */
const MIN_PART_LENGTH_OF_KNOWN_WORD = { linked: 4, unlinked: 5 };

/** The linking letters Danish puts between the parts of a compound: "verden-s-mål", "dag-e-blad". */
const LINKING_LETTERS = ["s", "e"];

/**
 * Words the dictionary knows that are prefixes and particles more than parts:
 * "medarbejder" is not "med" + "arbejder" to a reader, nor "indsats" "ind" + "sats".
 */
const NOT_A_PART = new Set([
  "af", "an", "be", "er", "for", "fore", "gen", "ind", "med", "mis", "mod", "nok", "når", "om", "op", "over", "på", "sam",
  "til", "ud", "uden", "und", "under", "van", "ver", "vel", "ene", "ens", "ste", "les", "ter", "ren", "tes", "res",
  // Endings that are also words: "partnerskab" is not "partner" + "skab" (a cupboard),
  // "virkelighed" not "virke" + "lighed", "rekruttering" not "rekrut" + "tering".
  "skab", "skabet", "skaber", "skabers", "skaberne", "hed", "heden", "heder", "dom", "dommen", "else", "lighed",
  "ligheden", "tering", "des",
  // Latin prefixes the dictionary lists as words: "international" is not "inter" + "national".
  "inter", "trans", "super", "anti", "multi", "mini", "mikro", "makro", "semi", "ultra", "pseudo", "proto",
]);

/** Splits compounds, and tells names from words. */
export interface CompoundSplitter {
  split(word: string): string[] | undefined;
  /** True for a name the dictionary lists with its capital ("Thorbjørn", "Aarhus"): never split. */
  isName(word: string): boolean;
}

/** Parts of a compound, how many linking letters joined them, and where the last part starts. */
interface Split {
  parts: string[];
  links: number;
  lastStart: number;
}

function isBetter(candidate: Split, best: Split): boolean {
  return candidate.parts.length < best.parts.length || (candidate.parts.length === best.parts.length && candidate.links < best.links);
}

/**
 * Splits Danish compounds into the words they are made of, with a word list for
 * what a word is (see readHunspell).
 *
 * A compound is split into as few parts as possible, each a word of at least
 * MIN_PART_LENGTH letters (more when the dictionary has the whole word: see
 * MIN_PART_LENGTH_OF_KNOWN_WORD) and not a particle (NOT_A_PART). A part before the last may be
 * followed by a linking letter ("bæredygtighed-s-rapportering"), and before an s
 * may have dropped its final e ("arbejd-s-plads" from "arbejde"); the last part
 * may be inflected ("...rapporteringen"). A word the dictionary has is split as
 * its stem is, into longer parts. The parts before the last are given in their
 * dictionary form. A word that cannot be split, or is too short to be a compound,
 * gives undefined. Hyphenated words ("CSR-strategi") split at the hyphen.
 * @example createCompoundSplitter(words).split("bæredygtighedsrapportering") // ["bæredygtighed", "rapportering"]
 * @example createCompoundSplitter(words).split("landsby") // undefined: "by" is too short
 */
export function createCompoundSplitter(words: WordList): CompoundSplitter {
  // The shortest part allowed while splitting the current word.
  let minPart = MIN_PART_LENGTH;
  const isPart = (candidate: string): boolean =>
    candidate.length >= minPart && !NOT_A_PART.has(candidate) && words.has(candidate);

  /**
   * `text` as a part before the last: itself, or, before a linking s, with the e
   * it dropped: "arbejd-s-" is "arbejde" (a stem) rather than the imperative
   * "arbejd" (a stem with a suffix), while "netværk-s-" stays "netværk" (a stem).
   */
  const leadingPart = (text: string, beforeLinkingS: boolean): string | undefined => {
    const restored = `${text}e`;
    if (beforeLinkingS && !words.hasStem(text) && text.length >= minPart && isPart(restored)) return restored;
    // A genitive head ("bæredygtigheds") is the word and a linking s, found that way.
    if (text.endsWith("s") && isPart(text.slice(0, -1))) return undefined;
    return isPart(text) ? text : undefined;
  };

  /**
   * The best split of `word` from `start` on when it must split: a head part,
   * maybe a linking letter, then the best split of the rest (which may be one
   * word). Best is fewest parts, then fewest linking letters ("skole-børn", not
   * "skol-e-børn"). Memoised by position: each suffix is solved once.
   */
  const splitFrom = (word: string, start: number, memo: Map<number, Split | null>): Split | null => {
    let best: Split | null = null;
    for (let end = start + minPart; end <= word.length - minPart; end++) {
      const linked = LINKING_LETTERS.includes(word[end] ?? "") ? [end, end + 1] : [end];
      for (const next of linked) {
        const head = leadingPart(word.slice(start, end), next > end && word[end] === "s");
        if (head === undefined || word.length - next < minPart) continue;
        const tail = restFrom(word, next, memo);
        if (tail === null) continue;
        const candidate = { parts: [head, ...tail.parts], links: tail.links + next - end, lastStart: tail.lastStart };
        if (best === null || isBetter(candidate, best)) best = candidate;
      }
    }
    return best;
  };
  /** The rest of a compound from `start`: one word if it is one, else split. */
  const restFrom = (word: string, start: number, memo: Map<number, Split | null>): Split | null => {
    const known = memo.get(start);
    if (known !== undefined) return known;
    const rest = word.slice(start);
    const split = isPart(rest) ? { parts: [rest], links: 0, lastStart: start } : splitFrom(word, start, memo);
    memo.set(start, split);
    return split;
  };

  return {
    isName: (word) => word !== word.toLocaleLowerCase("da") && words.hasStem(word) && !words.has(word.toLocaleLowerCase("da")),
    split(word: string): string[] | undefined {
      const lower = word.toLocaleLowerCase("da");
      if (lower.includes("-")) {
        const pieces = lower.split("-").filter((piece) => piece.length > 0);
        return pieces.length > 1 ? pieces : undefined;
      }
      minPart = MIN_PART_LENGTH;
      const stems = words.stemsOf(lower);
      if (stems.length === 0) return splitFrom(lower, 0, new Map())?.parts;
      // A word the dictionary has is split as its stem is, its inflection kept on
      // the last part: "rapporteringen" only if "rapportering" splits (it does not).
      minPart = MIN_PART_LENGTH_OF_KNOWN_WORD.linked;
      for (const stem of stems) {
        const split = splitFrom(stem, 0, new Map());
        if (split === null) continue;
        const unlinkedTooShort = split.links === 0 && split.parts.some((part) => part.length < MIN_PART_LENGTH_OF_KNOWN_WORD.unlinked);
        const leading = stem.slice(0, split.lastStart);
        if (unlinkedTooShort || !lower.startsWith(leading)) continue;
        return [...split.parts.slice(0, -1), lower.slice(split.lastStart)];
      }
      return undefined;
    },
  };
}
