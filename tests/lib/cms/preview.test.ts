import { describe, expect, it } from "vitest";
import { postPreview } from "../../../lib/cms/preview.ts";

interface Node {
  tag: string;
  attributes: Record<string, unknown> | null;
  children: unknown[];
}

const h = (tag: string, attributes: Record<string, unknown> | null, ...children: unknown[]): Node => ({ tag, attributes, children });

/** The visible text of a tree, as a reader would read it. */
function textOf(node: unknown): string {
  if (node === null || node === undefined) return "";
  if (typeof node === "string") return node;
  return (node as Node).children.map(textOf).join(" ").replace(/\s+/g, " ").trim();
}

function find(node: unknown, className: string): Node | undefined {
  if (node === null || typeof node !== "object") return undefined;
  const element = node as Node;
  if (String(element.attributes?.className ?? "").split(" ").includes(className)) return element;
  for (const child of element.children) {
    const found = find(child, className);
    if (found) return found;
  }
  return undefined;
}

const ZONE = "Europe/Copenhagen";

describe("postPreview", () => {
  const post = {
    title: "Årets møde",
    date: "2018-10-05",
    meeting: { date: "2018-10-05", start: "08:30", end: "10:00", venue: { name: "Frivilligcenter", address: "Vej 1" }, host: "IBM" },
    speakers: [{ name: "Jesper", role: "Leder", organisation: "IBM Danmark" }],
    outcomes: { summary: "En task force.", actions: ["Skrive"], deadline: "2018-12-20" },
    sdgs: [17],
    tags: ["SMV"],
  };

  it("shows the post's facts with the post page's classes and Danish dates", () => {
    const tree = postPreview(h, post, h("p", null, "Brødtekst"), ZONE);
    expect(textOf(find(tree, "post-date"))).toBe("Udgivet fredag den 5. oktober 2018");
    expect(textOf(find(tree, "meeting-facts"))).toBe("Dato fredag den 5. oktober 2018, kl. 8.30–10.00 Sted Frivilligcenter, Vej 1 Vært IBM");
    expect(textOf(find(tree, "speakers"))).toBe("Oplægsholdere Jesper Leder, IBM Danmark");
    expect(textOf(find(tree, "post-body"))).toBe("Brødtekst");
    expect(textOf(find(tree, "outcomes"))).toBe("Resultater En task force. Aftalte handlinger Skrive Frist: torsdag den 20. december 2018");
    expect(textOf(find(tree, "sdgs"))).toBe("Verdensmål 17 Partnerskaber for handling");
    expect(textOf(find(tree, "tags"))).toBe("Emner SMV");
  });

  it("shows half-typed values as typed instead of failing", () => {
    const tree = postPreview(h, { title: "Udkast", date: "2018-1", meeting: { start: "8:" } }, null, ZONE);
    expect(textOf(find(tree, "post-date"))).toBe("Udgivet 2018-1");
    expect(find(tree, "speakers")).toBeUndefined();
  });

  it("marks a draft", () => {
    expect(textOf(find(postPreview(h, { title: "X", draft: true }, null, ZONE), "badge-draft"))).toBe("Kladde");
  });
});
