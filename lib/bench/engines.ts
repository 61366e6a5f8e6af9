import path from "node:path";
import type { CorpusFile } from "./corpus.ts";

// The other engines the benchmark runs over the same posts, as a user who picked
// the engine alone would set them up: one trivial layout, Markdown in, no plugins.

/** Where the baseline and Hugo sites live and write, relative to the corpus root. */
export const ENGINE_PATHS = {
  baselineConfig: "bench-baseline/eleventy.config.mjs",
  baselineOutput: "_baseline",
  hugoSource: "bench-hugo",
  hugoOutput: "_hugo",
} as const;

const BASELINE_LAYOUT = `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body>
</html>
`;

/**
 * Bare Eleventy over `content/posts/`: Eleventy's defaults, and a layout named as
 * the posts' folder data file asks for (`layout`), so the same files build unchanged.
 */
export function baselineFiles(postsLayout: string): CorpusFile[] {
  const configFolder = path.posix.dirname(ENGINE_PATHS.baselineConfig);
  return [
    {
      path: ENGINE_PATHS.baselineConfig,
      text: `export const config = {
  dir: { input: "content/posts", includes: "../../${configFolder}/layouts", output: "${ENGINE_PATHS.baselineOutput}" },
};
`,
    },
    { path: `${configFolder}/layouts/${postsLayout}`, text: BASELINE_LAYOUT },
  ];
}

/** A minimal Hugo site reading the same posts: one page layout and one list layout. */
export function hugoFiles(): CorpusFile[] {
  const source = ENGINE_PATHS.hugoSource;
  return [
    {
      path: `${source}/hugo.toml`,
      text: `baseURL = "http://localhost/"
languageCode = "da"
contentDir = "../content/posts"
publishDir = "../${ENGINE_PATHS.hugoOutput}"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`,
    },
    {
      path: `${source}/layouts/_default/single.html`,
      text: `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body>
</html>
`,
    },
    {
      path: `${source}/layouts/_default/list.html`,
      text: `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body>
</html>
`,
    },
  ];
}
