import { existsSync, statSync } from "node:fs";
import { rm, utimes } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { EleventyBeforeArgs } from "../../../lib/eleventy/types.ts";
import { previewPlugin } from "../../../lib/eleventy/preview-plugin.ts";
import { fakeEleventyConfig } from "../../helpers/fake-eleventy-config.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("preview-plugin");

/** Eleventy's key for a template: its path from the working directory, with "./". */
const inputKey = (file: string) => `./${path.relative(process.cwd(), path.join(scratch.root, "content", file)).split(path.sep).join("/")}`;

function setup(runMode: EleventyBeforeArgs["runMode"] = "serve") {
  const registered = fakeEleventyConfig();
  previewPlugin(registered.config);
  const directories = { input: `${path.join(scratch.root, "content")}/`, output: `${path.join(scratch.root, "_preview")}/`, data: "data/", includes: `${path.join(scratch.root, "layouts")}/` };
  /** One rebuild as Eleventy runs it, up to its content map. */
  const rebuild = async (pages: Record<string, Array<string | false>>) => {
    for (const listener of registered.before) await listener({ directories, runMode, outputMode: "fs", incremental: true });
    for (const listener of registered.contentMap) await listener({ inputPathToUrl: pages });
  };
  const output = (relative: string) => path.join(scratch.root, "_preview", relative);
  return { rebuild, output };
}

/** Waits until `check` holds, for at most `limitMs` (a file watcher answers in its own time). */
async function eventually(check: () => boolean, limitMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
}

describe("previewPlugin", () => {
  // Regression: a renamed post's old address stayed in _preview/ until a restart.
  it("removes the old address of a renamed post from the dev server's output at the next rebuild", async () => {
    const { rebuild, output } = setup();
    await scratch.write("_preview/2019/gammel-titel/index.html", "<p>gammel</p>");
    await scratch.write("_preview/2019/anden/index.html", "<p>anden</p>");
    await rebuild({ [inputKey("posts/a.md")]: ["/2019/gammel-titel/"], [inputKey("posts/b.md")]: ["/2019/anden/"] });
    expect(existsSync(output("2019/gammel-titel/index.html"))).toBe(true);
    await rebuild({ [inputKey("posts/a.md")]: ["/2019/ny-titel/"], [inputKey("posts/b.md")]: ["/2019/anden/"] });
    expect(existsSync(output("2019/gammel-titel"))).toBe(false);
    expect(existsSync(output("2019/anden/index.html"))).toBe(true);
  });

  it("passes over templates that write nothing (permalink: false)", async () => {
    const { rebuild, output } = setup();
    await scratch.write("_preview/2019/gammel-titel/index.html", "<p>gammel</p>");
    await rebuild({ [inputKey("posts/a.md")]: ["/2019/gammel-titel/"], [inputKey("marker.njk")]: [false] });
    await rebuild({ [inputKey("posts/a.md")]: ["/2019/ny-titel/"], [inputKey("marker.njk")]: [false] });
    expect(existsSync(output("2019/gammel-titel"))).toBe(false);
  });

  it("has the listings rendered again when a post is deleted, by touching their layout", async () => {
    const { rebuild } = setup();
    await scratch.write("layouts/listing.njk", "{{ content | safe }}");
    await scratch.write("content/posts/a.md", "---\ntitle: A\n---\n");
    await scratch.write("_preview/2019/a/index.html", "<p>a</p>");
    const layout = path.join(scratch.root, "layouts/listing.njk");
    const old = new Date("2020-01-01T00:00:00Z");
    await utimes(layout, old, old);
    await rebuild({ [inputKey("posts/a.md")]: ["/2019/a/"] });
    await rm(path.join(scratch.root, "content/posts/a.md"));
    expect(await eventually(() => statSync(layout).mtimeMs > old.getTime())).toBe(true);
  });

  // Regression: a deleted post stayed in _preview/ until a restart (Eleventy 3.1 does not rebuild on a deletion).
  it("removes a deleted post's page from the dev server's output as soon as the file is gone", async () => {
    const { rebuild, output } = setup();
    await scratch.write("content/posts/a.md", "---\ntitle: A\n---\n");
    await scratch.write("content/posts/b.md", "---\ntitle: B\n---\n");
    await scratch.write("_preview/2019/a/index.html", "<p>a</p>");
    await scratch.write("_preview/2019/b/index.html", "<p>b</p>");
    await rebuild({ [inputKey("posts/a.md")]: ["/2019/a/"], [inputKey("posts/b.md")]: ["/2019/b/"] });
    await rm(path.join(scratch.root, "content/posts/a.md"));
    expect(await eventually(() => !existsSync(output("2019/a")))).toBe(true);
    expect(existsSync(output("2019/b/index.html"))).toBe(true);
  });

  it("leaves the production build's output alone", async () => {
    const { rebuild, output } = setup("build");
    await scratch.write("_preview/2019/gammel/index.html", "<p>gammel</p>");
    await rebuild({ [inputKey("posts/a.md")]: ["/2019/gammel/"] });
    await rebuild({ [inputKey("posts/a.md")]: ["/2019/ny/"] });
    expect(existsSync(output("2019/gammel/index.html"))).toBe(true);
  });
});
