import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, adminContentSecurityPolicy, headersFile } from "../../../lib/site/headers.ts";

/** The rules of a _headers file: path → header name → value. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (!line.startsWith(" ")) {
      current = new Map();
      rules.set(line, current);
      continue;
    }
    const [name, ...value] = line.trim().split(": ");
    if (current === undefined || name === undefined) throw new Error(`header outside a rule: ${line}`);
    current.set(name, value.join(": "));
  }
  return rules;
}

describe("headersFile", () => {
  it("sends the policy and the hardening headers with every response", () => {
    const all = parseHeadersFile(headersFile("/")).get("/*");
    expect(all?.get("Content-Security-Policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(all?.get("X-Content-Type-Options")).toBe("nosniff");
    expect(all?.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(all?.get("Permissions-Policy")).toContain("camera=()");
    expect(all?.has("Cache-Control")).toBe(false);
  });

  it("caches fingerprinted assets for a year and Pagefind and feeds briefly", () => {
    const rules = parseHeadersFile(headersFile("/"));
    expect(rules.get("/assets/*")?.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    for (const path of ["/pagefind/*", "/feed.xml", "/feed.json", "/sitemap.xml"]) {
      expect(rules.get(path)?.get("Cache-Control"), path).toMatch(/^public, max-age=300\b/);
    }
  });

  it("puts every rule under the path prefix", () => {
    const paths = [...parseHeadersFile(headersFile("/blog/")).keys()];
    expect(paths).toEqual(["/blog/*", "/blog/assets/*", "/blog/pagefind/*", "/blog/feed.xml", "/blog/feed.json", "/blog/sitemap.xml"]);
  });

  it("is the policy the brief asks for, directive by directive", () => {
    expect(CONTENT_SECURITY_POLICY.split("; ")).toEqual([
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  });
});

describe("adminContentSecurityPolicy", () => {
  const directives = (policy: string) => new Map(policy.split("; ").map((directive) => [directive.split(" ")[0], directive]));

  it("loosens the site's policy only where Decap needs it", () => {
    const site = directives(CONTENT_SECURITY_POLICY);
    const admin = directives(adminContentSecurityPolicy());
    const changed = [...admin].filter(([name, directive]) => site.get(name) !== directive).map(([name]) => name);
    expect(changed).toEqual(["script-src", "style-src", "img-src", "connect-src"]);
    expect(admin.get("script-src")).toBe("script-src 'self' 'unsafe-eval'");
    expect(admin.get("style-src")).toBe("style-src 'self' 'unsafe-inline'");
    expect(admin.get("connect-src")).toBe("connect-src 'self' blob: https://api.github.com");
    expect([...admin.keys()]).toEqual([...site.keys()]);
  });

  it("lets the editor reach decap-server on this machine when given its origin", () => {
    expect(directives(adminContentSecurityPolicy("http://127.0.0.1:40123")).get("connect-src")).toBe(
      "connect-src 'self' blob: https://api.github.com http://127.0.0.1:40123",
    );
  });

  it("is the /admin/ rule of _headers, after the site-wide one, and only when asked for", () => {
    expect(headersFile("/")).not.toContain("/admin/");
    const file = headersFile("/blog/", { localOrigin: "http://127.0.0.1:40123" });
    expect(file).toContain(`/blog/admin/*\n  Content-Security-Policy: ${adminContentSecurityPolicy("http://127.0.0.1:40123")}\n  X-Robots-Tag: noindex`);
    expect(file.indexOf("/blog/admin/*")).toBeGreaterThan(file.indexOf("/blog/*"));
  });
});

describe("the README's nginx example", () => {
  it("sends the same Content-Security-Policy as _headers", async () => {
    const readme = await readFile(new URL("../../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(`set $csp "${CONTENT_SECURITY_POLICY}";`);
  });
});
