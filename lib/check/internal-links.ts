import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import { normalizePathPrefix } from "../site/urls.ts";
import { listHtmlFiles } from "./html-files.ts";

/** One link in a built page that leads nowhere. */
export interface LinkProblem {
  /** The page holding the link, relative to the output folder: `2018/moede/index.html`. */
  file: string;
  /** The element and attribute, e.g. `a[href]`. */
  attribute: string;
  /** The link as written in the page. */
  url: string;
  /** What is wrong, in Danish. */
  message: string;
}

/** Attributes holding one URL, by element. */
const URL_ATTRIBUTES: ReadonlyArray<readonly [string, string]> = [
  ["a", "href"],
  ["area", "href"],
  ["link", "href"],
  ["img", "src"],
  ["script", "src"],
  ["source", "src"],
  ["iframe", "src"],
  ["embed", "src"],
  ["video", "src"],
  ["video", "poster"],
  ["audio", "src"],
  ["track", "src"],
  ["form", "action"],
  ["object", "data"],
];
/** Attributes holding a comma-separated list of `URL [descriptor]`. */
const SRCSET_ATTRIBUTES: ReadonlyArray<readonly [string, string]> = [
  ["img", "srcset"],
  ["source", "srcset"],
];

/** Fragments every page has without an element of that id (HTML's "indicated part": top of the page). */
const ALWAYS_THERE = new Set(["", "top"]);

// A scheme (https:, mailto:, data:, javascript:) or a protocol-relative "//host": not this site's file.
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
// Any origin will do: URLs are resolved against it and compared by path only.
const ORIGIN = "http://site.invalid";

interface Reference {
  attribute: string;
  url: string;
}

/** Every URL a page refers to, from the attributes above and each candidate of a srcset. */
function referencesIn(document: ReturnType<typeof parseHTML>["document"]): Reference[] {
  const references: Reference[] = [];
  for (const [element, attribute] of URL_ATTRIBUTES) {
    for (const node of document.querySelectorAll(`${element}[${attribute}]`)) {
      references.push({ attribute: `${element}[${attribute}]`, url: (node.getAttribute(attribute) ?? "").trim() });
    }
  }
  for (const [element, attribute] of SRCSET_ATTRIBUTES) {
    for (const node of document.querySelectorAll(`${element}[${attribute}]`)) {
      for (const candidate of (node.getAttribute(attribute) ?? "").split(",")) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) references.push({ attribute: `${element}[${attribute}]`, url });
      }
    }
  }
  return references;
}

/** The site path a page is served at, below the prefix: `2018/x/index.html` → `/blog/2018/x/`. */
function pageUrlPath(file: string, pathPrefix: string): string {
  const servedAs = file === "index.html" || file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
  return pathPrefix + servedAs;
}

/**
 * Checks that every internal link of every HTML page in a built site leads to a
 * file of that site: `href`, `src`, `srcset`, `poster`, `action` and `data` of the
 * elements that load or link, relative or root-relative, with `?query` ignored, a
 * folder meaning its `index.html`, and a `#fragment` needing an element with that
 * id on the target page. A root-relative link must lie under `pathPrefix`, the
 * folder the site is served from ("/" or e.g. "/blog/"). Links with a scheme
 * (https:, mailto:, data:) are not checked. Returns every broken link, or none.
 * @example await checkInternalLinks("_site", "/blog/") // [{ file: "index.html", attribute: "a[href]", url: "/blog/mangler/", message: "…" }]
 */
export async function checkInternalLinks(outputDir: string, pathPrefix: string): Promise<LinkProblem[]> {
  const prefix = normalizePathPrefix(pathPrefix);
  const files = await listHtmlFiles(outputDir);
  const idsByFile = new Map<string, Set<string>>();
  const documents = new Map<string, ReturnType<typeof parseHTML>["document"]>();

  const documentOf = async (file: string) => {
    let document = documents.get(file);
    if (document === undefined) {
      document = parseHTML(await readFile(path.join(outputDir, file), "utf8")).document;
      documents.set(file, document);
    }
    return document;
  };
  const idsOf = async (file: string) => {
    let ids = idsByFile.get(file);
    if (ids === undefined) {
      const document = await documentOf(file);
      ids = new Set([...document.querySelectorAll("[id]")].map((node) => node.getAttribute("id") ?? ""));
      for (const anchor of document.querySelectorAll("a[name]")) ids.add(anchor.getAttribute("name") ?? "");
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const isFile = async (relative: string) => {
    try {
      return (await stat(path.join(outputDir, ...relative.split("/")))).isFile();
    } catch {
      return false;
    }
  };
  /** The output file a path below the prefix is served from, if there is one. */
  const targetFile = async (sitePath: string): Promise<string | undefined> => {
    const candidates = sitePath === "" || sitePath.endsWith("/") ? [`${sitePath}index.html`] : [sitePath, `${sitePath}/index.html`];
    for (const candidate of candidates) if (await isFile(candidate)) return candidate;
    return undefined;
  };

  const problems: LinkProblem[] = [];
  for (const file of files) {
    const base = new URL(pageUrlPath(file, prefix), ORIGIN);
    for (const { attribute, url } of referencesIn(await documentOf(file))) {
      if (EXTERNAL.test(url)) continue;
      const report = (message: string) => problems.push({ file, attribute, url, message });
      let resolved: URL;
      let pathname: string;
      let fragment: string;
      try {
        resolved = new URL(url, base);
        pathname = decodeURIComponent(resolved.pathname);
        fragment = decodeURIComponent(resolved.hash.slice(1));
      } catch {
        report("Adressen kan ikke læses (ugyldige tegn eller %-koder).");
        continue;
      }
      if (!pathname.startsWith(prefix)) {
        report(`Linket peger på ${pathname}, uden for mappen ${prefix}, som siden udgives i.`);
        continue;
      }
      const target = await targetFile(pathname.slice(prefix.length));
      if (target === undefined) {
        report(`Linket peger på ${pathname}, som ikke findes i den byggede side.`);
        continue;
      }
      // A fragment beginning with "/" is a route for the page's script (the editor's "#/collections/…"), not an element.
      if (ALWAYS_THERE.has(fragment) || fragment.startsWith("/") || !target.endsWith(".html")) continue;
      if (!(await idsOf(target)).has(fragment)) {
        report(`Siden ${pathname} har intet element med id "${fragment}".`);
      }
    }
  }
  return problems;
}
