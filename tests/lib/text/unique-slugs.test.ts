import { describe, expect, it } from "vitest";
import { assignUniqueSlugs } from "../../../lib/text/unique-slugs.ts";

describe("assignUniqueSlugs", () => {
  it("gives each name its Danish slug when none coincide", () => {
    const { slugs, collisions } = assignUniqueSlugs(["Thorbjørn Lautrop Nielsen", "Jon Kiellberg"], "person");
    expect([...slugs]).toEqual([
      ["Thorbjørn Lautrop Nielsen", "thorbjoern-lautrop-nielsen"],
      ["Jon Kiellberg", "jon-kiellberg"],
    ]);
    expect(collisions).toEqual([]);
  });

  it("never merges two names that share a slug: the first keeps it, the next gets -2", () => {
    const { slugs, collisions } = assignUniqueSlugs(["Anne-Marie Holm", "Anne Marie Holm", "ANNE MARIE HOLM"], "person");
    expect(slugs.get("Anne-Marie Holm")).toBe("anne-marie-holm");
    expect(slugs.get("Anne Marie Holm")).toBe("anne-marie-holm-2");
    expect(slugs.get("ANNE MARIE HOLM")).toBe("anne-marie-holm-3");
    expect(collisions).toEqual([{ slug: "anne-marie-holm", names: ["Anne-Marie Holm", "Anne Marie Holm", "ANNE MARIE HOLM"] }]);
  });

  it("skips a numbered slug another name has on its own", () => {
    const { slugs } = assignUniqueSlugs(["Jon", "jon", "Jon 2"], "person");
    expect(slugs.get("Jon")).toBe("jon");
    expect(slugs.get("Jon 2")).toBe("jon-2");
    expect(slugs.get("jon")).toBe("jon-3");
  });

  it("uses the fallback for a name without letters or digits, still unique", () => {
    const { slugs } = assignUniqueSlugs(["???", "!!!"], "person");
    expect(slugs.get("???")).toBe("person");
    expect(slugs.get("!!!")).toBe("person-2");
  });

  it("treats a repeated name as one", () => {
    const { slugs, collisions } = assignUniqueSlugs(["SMV", "SMV"], "emne");
    expect([...slugs]).toEqual([["SMV", "smv"]]);
    expect(collisions).toEqual([]);
  });
});
