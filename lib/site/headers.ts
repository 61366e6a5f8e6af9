import { ADMIN_PATH } from "../cms/names.ts";
import { prefixedPath } from "./urls.ts";

/** The directives both policies share: own fonts, no plugins, no other base, forms or framing. */
const LOCKED_DOWN = ["font-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"];

/**
 * The Content-Security-Policy every page satisfies: nothing from other origins,
 * no inline scripts or styles. `'wasm-unsafe-eval'` lets Pagefind's search run
 * its WebAssembly; JSON-LD blocks are data, not scripts, and need nothing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  ...LOCKED_DOWN,
].join("; ");

/**
 * The editor's policy (`/admin/`): what Decap CMS needs and no more. Its own
 * files only, with two allowances the site never makes: `'unsafe-eval'`, since
 * Decap checks its configuration with ajv, which compiles its validators with
 * `new Function`, and inline styles, which its components (emotion) write into
 * `<style>` elements and `style` attributes. It talks to GitHub's API, shows the
 * user's GitHub avatar, and keeps pictures not yet saved as `blob:` URLs, which
 * it shows and reads back for its local backup; `localOrigin` is
 * decap-server's on this machine under `npm run cms`.
 */
export function adminContentSecurityPolicy(localOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    ["connect-src 'self' blob: https://api.github.com", ...(localOrigin === undefined ? [] : [localOrigin])].join(" "),
    ...LOCKED_DOWN,
  ].join("; ");
}

/** Headers for every response: the policy and the usual hardening. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["Content-Security-Policy", CONTENT_SECURITY_POLICY],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"],
  // For browsers older than CSP's frame-ancestors.
  ["X-Frame-Options", "DENY"],
];

/** Files whose names carry a hash of their content never change: cache them for a year. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** Pagefind's index and feeds change with every build: cache briefly, then ask again. */
export const SHORT_CACHE = "public, max-age=300, must-revalidate";

/**
 * The `_headers` file Netlify and Cloudflare Pages read, for a site served under
 * `pathPrefix`. Cache-Control is set only on paths no other rule sets it on, since
 * both hosts combine the values of every rule that matches; HTML gets the hosts'
 * default (revalidate on every visit). With `admin`, the editor at `/admin/` gets
 * its own policy.
 * @example headersFile("/blog/") // "…\n/blog/*\n  Content-Security-Policy: default-src 'self'; …"
 */
export function headersFile(pathPrefix: string, admin?: { localOrigin?: string }): string {
  const rule = (path: string, headers: ReadonlyArray<readonly [string, string]>) =>
    [prefixedPath(pathPrefix, path), ...headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  return [
    "# Response headers for Netlify and Cloudflare Pages, written by the build (lib/site/headers.ts).",
    rule("/*", SECURITY_HEADERS),
    rule("/assets/*", [["Cache-Control", IMMUTABLE_CACHE]]),
    rule("/pagefind/*", [["Cache-Control", SHORT_CACHE]]),
    ...["/feed.xml", "/feed.json", "/sitemap.xml"].map((path) => rule(path, [["Cache-Control", SHORT_CACHE]])),
    // After "/*": for the same header, Netlify takes the last matching rule's value.
    ...(admin === undefined
      ? []
      : [
          rule(`${ADMIN_PATH}*`, [
            ["Content-Security-Policy", adminContentSecurityPolicy(admin.localOrigin)],
            ["X-Robots-Tag", "noindex"],
          ]),
        ]),
    "",
  ].join("\n\n");
}
