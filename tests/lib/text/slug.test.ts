import { describe, expect, it } from "vitest";
import { slugifyDanish } from "../../../lib/text/slug.ts";

describe("slugifyDanish", () => {
  it("transliterates æ, ø and å the Danish way", () => {
    expect(slugifyDanish("Ærlig snak på Østerbro")).toBe("aerlig-snak-paa-oesterbro");
  });

  it("handles capitals without splitting words", () => {
    expect(slugifyDanish("ÆBLER OG ÅER")).toBe("aebler-og-aaer");
    expect(slugifyDanish("Økonomi i Århus")).toBe("oekonomi-i-aarhus");
  });

  it('reads "&" as "og"', () => {
    expect(slugifyDanish("Corporate Social Responsibility & Co-Creation")).toBe(
      "corporate-social-responsibility-og-co-creation",
    );
  });

  it("drops punctuation and folds other accents", () => {
    expect(slugifyDanish("Frivilligcenter Vesterbro/Kgs. Enghave/Valby")).toBe("frivilligcenter-vesterbro-kgs-enghave-valby");
    expect(slugifyDanish("Café “Über”: 1.000 kr.!")).toBe("cafe-ueber-1-000-kr");
  });

  it("gives an empty slug for text without letters or digits", () => {
    expect(slugifyDanish("!!! – ???")).toBe("");
  });
});
