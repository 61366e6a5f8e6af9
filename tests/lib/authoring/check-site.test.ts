import { describe, expect, it } from "vitest";
import { builtPathPrefix } from "../../../lib/authoring/check-site.ts";

describe("builtPathPrefix", () => {
  it("reads the prefix a site was built for from its stylesheet link", () => {
    expect(builtPathPrefix('<head><link rel="stylesheet" href="/assets/site.0f3a9c.css"></head>')).toBe("/");
    expect(builtPathPrefix('<link rel="stylesheet" href="/blog/assets/site.0f3a9c.css">')).toBe("/blog/");
    expect(builtPathPrefix('<link rel="stylesheet" href="/a/b/assets/site.0f3a9c.css">')).toBe("/a/b/");
  });

  it("knows nothing of a page without the site's stylesheet", () => {
    expect(builtPathPrefix("<html><body>Hej</body></html>")).toBeUndefined();
    expect(builtPathPrefix('<link rel="stylesheet" href="https://cdn.example/assets/site.1.css">')).toBeUndefined();
  });
});
