import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** The Content-Security-Policy every page must work under (the project brief's). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".wasm": "application/wasm",
  ".yml": "text/yaml; charset=utf-8",
};

export interface ServedFolder {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The folder's address: origin and prefix, e.g. `http://127.0.0.1:4321/blog/`. */
  base: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** One rule of a `_headers` file: a path (a trailing `*` matches the rest) and its headers. */
interface HeaderRule {
  path: string;
  headers: Array<[string, string]>;
}

/** The rules of a `_headers` file as Netlify reads it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers for a path: every matching rule in order, a later rule's value replacing an earlier one's (Netlify's way). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    const matches = rule.path.endsWith("*") ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
    if (matches) for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value);
  }
  return headers;
}

/**
 * Serves a built site on 127.0.0.1 (a free port) under `prefix` ("/" or "/blog/"),
 * the way a static host does: `index.html` for folders, a redirect to the slash
 * for a folder asked without one, the site's `404.html` (status 404) for anything
 * else, and the project's Content-Security-Policy on every answer; or, with
 * `headersFile`, the headers that file gives each path, as Netlify would send them.
 */
export async function serveFolder(root: string, prefix = "/", options: { headersFile?: string } = {}): Promise<ServedFolder> {
  const folder = path.resolve(root);
  const requests: string[] = [];
  const rules = options.headersFile === undefined ? undefined : parseHeadersFile(options.headersFile);
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (rules === undefined) response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    else for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
    requests.push(url.pathname);
    try {
      const file = await resolveFile(folder, prefix, url.pathname);
      if (file.kind === "redirect") {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      } else if (file.kind === "file") {
        const type = CONTENT_TYPES[path.extname(file.path).toLowerCase()] ?? "application/octet-stream";
        response.writeHead(200, { "Content-Type": type });
        createReadStream(file.path).pipe(response);
      } else {
        response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
        response.end(await notFoundPage(folder));
      }
    } catch (error) {
      response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: `${origin}${prefix}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The browser keeps connections open; without this close() waits for them.
        server.closeAllConnections();
      }),
  };
}

type Resolved = { kind: "file"; path: string } | { kind: "redirect" } | { kind: "missing" };

async function resolveFile(folder: string, prefix: string, pathname: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: "missing" };
  }
  if (!decoded.startsWith(prefix) && `${decoded}/` !== prefix) return { kind: "missing" };
  if (`${decoded}/` === prefix) return { kind: "redirect" };
  const target = path.resolve(folder, `.${decoded.slice(prefix.length - 1)}`);
  if (target !== folder && !target.startsWith(folder + path.sep)) return { kind: "missing" };
  const found = await stat(target).catch(() => undefined);
  if (found?.isDirectory()) {
    if (!decoded.endsWith("/")) return { kind: "redirect" };
    const index = path.join(target, "index.html");
    return (await stat(index).catch(() => undefined))?.isFile() ? { kind: "file", path: index } : { kind: "missing" };
  }
  return found?.isFile() ? { kind: "file", path: target } : { kind: "missing" };
}

async function notFoundPage(folder: string): Promise<string> {
  return readFile(path.join(folder, "404.html"), "utf8").catch(() => "<!doctype html><title>404</title><p>Siden findes ikke.</p>");
}
