import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../lib/markdown/create-markdown.ts";

const render = (source: string) => parseHTML(`<main>${createMarkdown().render(source)}</main>`).document;

describe("createMarkdown", () => {
  it("gives headings Danish-slugged anchors", () => {
    const heading = render("## Fra ord til handling på Østerbro").querySelector("h2");
    expect(heading?.id).toBe("fra-ord-til-handling-paa-oesterbro");
    expect(heading?.querySelector("a")?.getAttribute("href")).toBe("#fra-ord-til-handling-paa-oesterbro");
  });

  it("keeps anchors unique within a post", () => {
    const ids = [...render("## Mødet\n\n## Mødet").querySelectorAll("h2")].map((h) => h.id);
    expect(ids).toEqual(["moedet", "moedet-1"]);
  });

  it("keeps anchors clear of the ids the layouts use", () => {
    const ids = [...render("## Indhold\n\n## Mission\n\n## Sektion mission").querySelectorAll("h2")].map((h) => h.id);
    expect(ids).toEqual(["indhold-2", "mission", "sektion-mission-2"]);
  });

  it("sets Danish quotation marks and dashes", () => {
    expect(render('Han sagde "hej" -- og gik.').querySelector("p")?.textContent).toBe("Han sagde »hej« – og gik.");
  });

  it("marks external links and leaves the site's own alone", () => {
    const document = render("[IBM](https://www.ibm.com/dk-da) og [arkivet](/arkiv/)");
    const [external, internal] = [...document.querySelectorAll("a")];
    expect(external?.getAttribute("rel")).toBe("external");
    expect(external?.classList.contains("external-link")).toBe(true);
    expect(internal?.hasAttribute("rel")).toBe(false);
  });

  it("renders raw HTML as text", () => {
    const document = render("<script>alert(1)</script> <b>fed</b>");
    expect(document.querySelector("script")).toBeNull();
    expect(document.querySelector("b")).toBeNull();
    expect(document.querySelector("p")?.textContent).toBe("<script>alert(1)</script> <b>fed</b>");
  });

  it("refuses javascript: links", () => {
    const document = render("[klik](javascript:alert(1))");
    expect(document.querySelector("a")).toBeNull();
  });

  it("links bare e-mail addresses and web addresses", () => {
    const links = [...render("Skriv til sekretariatet@csrforum.dk eller se www.example.org").querySelectorAll("a")];
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["mailto:sekretariatet@csrforum.dk", "http://www.example.org"]);
  });
});
