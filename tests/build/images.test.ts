import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "../../lib/validation/problems.ts";
import { type FixtureSite, createFixtureSite, post, removeFixtureSite } from "../helpers/fixture-site.ts";
import { solidPng } from "../helpers/png.ts";

let site: FixtureSite;

beforeAll(async () => {
  site = await createFixtureSite({
    "2019/billeder.md": post("Møde med billeder", "2019-05-01", "", "![Deltagerne rundt om bordet](moede.png)\n\n![](pynt.png)"),
  });
  await site.write("content/posts/2019/moede.png", solidPng(1000, 500));
  await site.write("content/posts/2019/pynt.png", solidPng(40, 20));
  await site.build();
});
afterAll(() => removeFixtureSite(site));

describe("an image beside its post", () => {
  it("becomes a picture with AVIF and WebP sources and the original as fallback", async () => {
    const picture = (await site.page("/2019/moede-med-billeder/")).querySelector(".post-body picture");
    expect(picture).not.toBeNull();
    const types = [...(picture?.querySelectorAll("source") ?? [])].map((source) => source.getAttribute("type"));
    expect(types).toEqual(["image/avif", "image/webp"]);
    const img = picture?.querySelector("img");
    expect(img?.getAttribute("alt")).toBe("Deltagerne rundt om bordet");
    // The smallest PNG as src for browsers without srcset; the others in srcset.
    expect(img?.getAttribute("src")).toMatch(/^\/2019\/moede-med-billeder\/[\w-]+-480\.png$/);
    expect(img?.getAttribute("srcset")).toMatch(/-480\.png 480w, \/2019\/moede-med-billeder\/[\w-]+-960\.png 960w$/);
  });

  it("comes in several widths, never wider than the original, with its size and lazy loading", async () => {
    const picture = (await site.page("/2019/moede-med-billeder/")).querySelector(".post-body picture");
    const avif = picture?.querySelector('source[type="image/avif"]')?.getAttribute("srcset") ?? "";
    expect(avif.split(", ").map((entry: string) => entry.split(" ")[1])).toEqual(["480w", "960w"]);
    const img = picture?.querySelector("img");
    // The largest width made, with the original's 2:1 proportions.
    expect([img?.getAttribute("width"), img?.getAttribute("height")]).toEqual(["960", "480"]);
    expect(img?.getAttribute("loading")).toBe("lazy");
    expect(img?.getAttribute("decoding")).toBe("async");
    expect(img?.getAttribute("sizes")).toBeTruthy();
  });

  it("is written beside the page, in every format and width", async () => {
    // Beside posts: not the site's icons at the root, nor the share cards in delingsbilleder/.
    const images = (await site.outputFiles()).filter((file) => /\.(avif|webp|png)$/.test(file) && file.includes("/") && !file.startsWith("delingsbilleder/"));
    const moede = images.filter((file) => !file.includes("-40."));
    expect(moede.every((file) => file.startsWith("2019/moede-med-billeder/"))).toBe(true);
    expect(moede.map((file) => file.replace(/^.*-(\d+)\.(\w+)$/, "$1.$2")).sort()).toEqual([
      "480.avif", "480.png", "480.webp", "960.avif", "960.png", "960.webp",
    ]);
  });

  it("keeps its picture's addresses under the prefix when the site moves", async () => {
    const moved = await createFixtureSite({ "2019/billeder.md": post("Møde med billeder", "2019-05-01", "", "![Deltagerne](moede.png)") });
    try {
      await moved.write("content/posts/2019/moede.png", solidPng(1000, 500));
      await moved.build({ PATH_PREFIX: "/blog/" });
      const picture = (await moved.page("/2019/moede-med-billeder/")).querySelector(".post-body picture");
      expect(picture?.querySelector("img")?.getAttribute("src")).toMatch(/^\/blog\/2019\/moede-med-billeder\/[\w-]+-480\.png$/);
      const sources = [...(picture?.querySelectorAll("source") ?? [])].flatMap((source) => (source.getAttribute("srcset") ?? "").split(", "));
      expect(sources.length).toBeGreaterThan(0);
      for (const entry of sources) expect(entry).toMatch(/^\/blog\/2019\/moede-med-billeder\//);
    } finally {
      await removeFixtureSite(moved);
    }
  });

  it("shows as the same picture in the feeds, with absolute addresses", async () => {
    const feed = JSON.parse(await readFile(path.join(site.output, "feed.json"), "utf8")) as { items: Array<{ content_html: string }> };
    const html = feed.items.map((item) => item.content_html).join("");
    const picture = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelector("picture");
    expect(picture?.querySelector("img")?.getAttribute("src")).toMatch(/^https:\/\/blog\.csrforum\.dk\/2019\/moede-med-billeder\/[\w-]+-480\.png$/);
    expect(picture?.querySelectorAll("source")).toHaveLength(2);
  });

  it("without alt text gives a warning naming the image", () => {
    expect(site.warnings.join("\n")).toMatch(/^content\/posts\/2019\/billeder\.md\n(?: {2}.*\n)* {2}linje \d+: Billedet "pynt\.png" har ingen alt-tekst\./m);
  });
});

describe("a missing image", () => {
  it("stops the build, naming the post and the image", async () => {
    await site.write("content/posts/2019/mangler.md", post("Uden billedfil", "2019-06-01", "", "![Et billede](findes-ikke.jpg)"));
    const error = await site.build().catch((reason: unknown) => reason);
    await site.remove("content/posts/2019/mangler.md");
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain(
      'content/posts/2019/mangler.md\n  linje 6: Billedet "findes-ikke.jpg" findes ikke i mappen ved siden af indlægget.',
    );
  });
});
