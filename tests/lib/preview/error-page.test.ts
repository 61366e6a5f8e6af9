import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { formatPreviewReport, renderErrorPage } from "../../../lib/preview/error-page.ts";

const PROBLEM = { file: "content/posts/2019/a.md", field: "title", line: 2, column: 1, message: "mangler." };

describe("renderErrorPage", () => {
  it("is a Danish page with the report and what to do", () => {
    const page = parseHTML(renderErrorPage([PROBLEM])).document;
    expect(page.documentElement.getAttribute("lang")).toBe("da");
    expect(page.querySelector("h1")?.textContent).toBe("Der er 1 fejl i indholdet");
    expect(page.querySelector("pre")?.textContent).toBe('content/posts/2019/a.md\n  linje 2: felt "title" mangler.');
    expect(page.querySelector("main")?.textContent).toContain("Ret fejlen, og gem filen");
  });

  it("escapes what the secretariat typed, so a quoted line cannot become markup", () => {
    const html = renderErrorPage([{ ...PROBLEM, message: "er </pre><script>alert(1)</script>.", excerpt: 'title: "<b>&' }]);
    const page = parseHTML(html).document;
    expect(page.querySelectorAll("script")).toHaveLength(0);
    expect(page.querySelector("pre")?.textContent).toContain('er </pre><script>alert(1)</script>.');
    expect(page.querySelector("pre")?.textContent).toContain('title: "<b>&');
  });

  it("speaks of several errors in the plural", () => {
    const page = parseHTML(renderErrorPage([PROBLEM, { ...PROBLEM, field: "date" }])).document;
    expect(page.querySelector("h1")?.textContent).toBe("Der er 2 fejl i indholdet");
    expect(page.querySelector("main")?.textContent).toContain("før de er rettet");
  });
});

describe("formatPreviewReport", () => {
  it("tells the terminal the same, and that the browser shows it", () => {
    expect(formatPreviewReport([PROBLEM]).split("\n")).toEqual([
      "Forhåndsvisningen er ikke opdateret: der er 1 fejl i indholdet. Browseren viser den også.",
      "",
      "content/posts/2019/a.md",
      '  linje 2: felt "title" mangler.',
      "",
      "Ret fejlen, og gem filen: så bygges forhåndsvisningen igen af sig selv.",
    ]);
  });
});
