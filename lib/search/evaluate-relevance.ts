import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadPosts } from "../content/load-posts.ts";
import { buildSite } from "../eleventy/build-site.ts";
import { type PagefindSearcher, type SearchVocabulary, searchExpanded } from "./expand-query.js";
import { type ComparedQuery, parseRelevanceQueries, scoreRanking } from "./relevance.ts";
import { readPublishedVocabulary } from "./search-bundle.ts";

/** The relevance test set, relative to the project root: its posts and its queries. */
export const RELEVANCE_FOLDER = "tests/search-relevance";

/** "Today" for the fixture's build (2025-01-01), after every fixture post. */
const BUILD_EPOCH = "1735689600";

/** How far down a ranking the reciprocal rank looks; a post ranked lower counts 0. */
const RANKING_DEPTH = 20;

/** A loaded Pagefind result, as far as the evaluation reads it. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string }>;
}

/**
 * Runs the relevance test set through Pagefind's own search: builds the project's
 * site with the fixture posts in place of the real ones (the real build: index and
 * vocabulary included), serves it on 127.0.0.1, loads the built pagefind.js in
 * Node, and runs every query twice: as Pagefind alone ranks it, and expanded with
 * the built vocabulary (searchExpanded, the code /soeg/ runs). `log` gets progress.
 */
export async function evaluateRelevance(projectRoot: string, log: (line: string) => void = () => {}): Promise<ComparedQuery[]> {
  const fixture = path.join(projectRoot, RELEVANCE_FOLDER);
  const queries = parseRelevanceQueries(await readFile(path.join(fixture, "queries.yaml"), "utf8"));
  const root = await mkdtemp(path.join(tmpdir(), "search-eval-"));
  try {
    await writeFixtureSite(projectRoot, fixture, root);
    log("Bygger testsitet med de faste indlæg …");
    await buildSite({ root, env: { SOURCE_DATE_EPOCH: BUILD_EPOCH }, now: () => new Date(), quiet: true, warn: () => {} });
    const output = path.join(root, "_site");
    const vocabulary = await readPublishedVocabulary(output);
    const built = await openBuiltPagefind(output);
    try {
      const ranking = async (results: readonly { id: string }[]) =>
        Promise.all(results.slice(0, RANKING_DEPTH).map(async (result) => new URL((await (result as PagefindResult).data()).url, built.origin).pathname));
      const postUrls = await fixturePostUrls(fixture);
      const urlOf = (post: string) => postUrls.get(post) ?? `(ukendt indlæg ${post})`;
      const compared: ComparedQuery[] = [];
      for (const query of queries) {
        const expected = query.expected.map(urlOf);
        const plain = await built.pagefind.search(query.query, {});
        const expanded = await searchExpanded(built.pagefind, query.query, {}, vocabulary);
        compared.push({
          query,
          before: scoreRanking(expected, await ranking(plain.results)),
          after: scoreRanking(expected, await ranking(expanded.results)),
        });
      }
      return compared;
    } finally {
      await built.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** The project's site (content, data, layouts) with the fixture posts in place of its own posts and calendars. */
async function writeFixtureSite(projectRoot: string, fixture: string, root: string): Promise<void> {
  for (const folder of ["content", "data", "layouts"]) {
    await cp(path.join(projectRoot, folder), path.join(root, folder), {
      recursive: true,
      filter: (source) => {
        const relative = path.relative(projectRoot, source).split(path.sep).join("/");
        return !((relative.startsWith("content/posts/") && relative.endsWith(".md")) || relative.startsWith("data/calendar/"));
      },
    });
  }
  await mkdir(path.join(root, "content/posts"), { recursive: true });
  await cp(path.join(fixture, "posts"), path.join(root, "content/posts"), { recursive: true });
}

/** Each fixture post's URL path by its name in the queries file (`2019/csrd-rapportering`), as the build publishes it. */
async function fixturePostUrls(fixture: string): Promise<Map<string, string>> {
  const posts = await loadPosts(fixture, path.join(fixture, "posts"));
  return new Map(posts.map((post) => [post.file.replace(/^posts\//, "").replace(/\.md$/, ""), post.urlPath]));
}

/** A built site's Pagefind, loaded in Node. */
export interface BuiltPagefind {
  pagefind: PagefindSearcher;
  /** Where the site is served: result URLs are relative to it. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Loads a built site's own `pagefind.js` in Node, its files served from the
 * output folder on 127.0.0.1 (Pagefind fetches its index and WebAssembly).
 */
export async function openBuiltPagefind(output: string): Promise<BuiltPagefind> {
  const server = await serveFolder(output);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const module = (await import(pathToFileURL(path.join(output, "pagefind/pagefind.js")).href)) as {
    createInstance(options: { basePath: string }): PagefindSearcher & { destroy(): Promise<void> };
  };
  const pagefind = module.createInstance({ basePath: `${origin}/pagefind/` });
  return {
    pagefind,
    origin,
    async close() {
      await pagefind.destroy();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Node's fetch keeps its connections open; close() alone would wait for them.
      server.closeAllConnections();
      await closed;
    },
  };
}

/** Serves a folder's files on 127.0.0.1 at a free port, for Pagefind's fetches; nothing else. */
async function serveFolder(folder: string): Promise<Server> {
  const types: Record<string, string> = { ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm" };
  const server = createServer(async (request, response) => {
    const target = path.join(folder, decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname));
    if (!target.startsWith(folder)) return void response.writeHead(403).end();
    try {
      const body = await readFile(target);
      response.writeHead(200, { "Content-Type": types[path.extname(target)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}
