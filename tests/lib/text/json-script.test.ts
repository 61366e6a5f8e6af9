import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { serializeJsonForScript } from "../../../lib/text/json-script.ts";

describe("serializeJsonForScript", () => {
  const hostile = { name: '</script><script>alert("x")</script>', note: "<!-- & -->", separators: "a\u2028b\u2029c" };

  it("leaves nothing that can close the element or open a comment", () => {
    const json = serializeJsonForScript(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
  });

  it("reads back as the same value, also from a parsed page", () => {
    const json = serializeJsonForScript(hostile);
    expect(JSON.parse(json)).toEqual(hostile);
    const { document } = parseHTML(`<html><body><script type="application/ld+json">${json}</script><p>efter</p></body></html>`);
    const scripts = document.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? "")).toEqual(hostile);
    expect(document.querySelector("p")?.textContent).toBe("efter");
  });

  it("refuses values JSON cannot hold", () => {
    expect(() => serializeJsonForScript(undefined)).toThrow(TypeError);
  });
});
