import { describe, expect, it } from "vitest";
import { ENGINE_PATHS, baselineFiles, hugoFiles } from "../../../lib/bench/engines.ts";

describe("baselineFiles", () => {
  it("configures bare Eleventy over the posts folder, with a layout under the name the posts ask for", () => {
    const files = baselineFiles("post.njk");
    const config = files.find((file) => file.path === ENGINE_PATHS.baselineConfig)?.text ?? "";
    expect(config).toContain('input: "content/posts"');
    expect(config).toContain(`output: "${ENGINE_PATHS.baselineOutput}"`);
    expect(config).not.toMatch(/addPlugin|import /);
    // includes are relative to the input folder: content/posts/../../ is the corpus root.
    expect(config).toContain('includes: "../../bench-baseline/layouts"');
    expect(files.map((file) => file.path)).toContain("bench-baseline/layouts/post.njk");
  });
});

describe("hugoFiles", () => {
  it("points Hugo at the same posts and its own output folder, with a page and a list layout", () => {
    const files = hugoFiles();
    const config = files.find((file) => file.path === `${ENGINE_PATHS.hugoSource}/hugo.toml`)?.text ?? "";
    expect(config).toContain('contentDir = "../content/posts"');
    expect(config).toContain(`publishDir = "../${ENGINE_PATHS.hugoOutput}"`);
    expect(files.map((file) => file.path).sort()).toEqual([
      "bench-hugo/hugo.toml",
      "bench-hugo/layouts/_default/list.html",
      "bench-hugo/layouts/_default/single.html",
    ]);
  });
});
