import { cp, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { buildSite } from "./lib/eleventy/build-site.ts";
import { serveFolder } from "./tests/browser/helpers/static-server.ts";
const root = "/tmp/evalsite";
if (!existsSync(root + "/_site")) {
  for (const f of ["content", "data", "layouts"]) await cp(f, path.join(root, f), { recursive: true, filter: (s) => !(s.includes("content/posts/") && s.endsWith(".md")) && !s.includes("data/calendar") });
  await cp("tests/search-relevance/posts", root + "/content/posts", { recursive: true });
  await buildSite({ root, env: { SOURCE_DATE_EPOCH: "1735689600" }, now: () => new Date(), quiet: true, warn: () => {} });
}
const served = await serveFolder(root + "/_site");
const m = await import(pathToFileURL(root + "/_site/pagefind/pagefind.js").href);
const pf = m.createInstance({ basePath: served.base + "pagefind/" });
for (const q of process.argv.slice(2)) {
  const r = await pf.search(q, {});
  const d = await Promise.all(r.results.slice(0, 8).map(async (x: any) => [x.score.toFixed(2), (await x.data()).url]));
  console.log(q, r.results.length, JSON.stringify(d));
}
await served.close();
