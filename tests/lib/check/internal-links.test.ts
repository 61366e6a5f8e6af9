import { describe, expect, it } from "vitest";
import { checkInternalLinks } from "../../../lib/check/internal-links.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("links");
const page = (body: string, head = "") => `<!DOCTYPE html><html lang="da"><head><title>x</title>${head}</head><body>${body}</body></html>`;

/** A small built site served from /blog/: a home page, a post with headings, a stylesheet and an image. */
async function writeSite(extraHomeBody = "", extraPostBody = "") {
  await scratch.write(
    "index.html",
    page(
      `<a href="/blog/">Forside</a> <a href="/blog/2018/moede/">Mødet</a> <a href="2018/moede/#mission">Mission</a>
       <a href="/blog/2018/moede/?utm=x#fra-ord">Fra ord</a> <a href="#indhold">Spring</a> <main id="indhold"></main>
       <a href="https://example.org/x">ude</a> <a href="mailto:a@b.dk">mail</a> <img src="data:image/png;base64,AA" alt="">
       <img src="/blog/billeder/a.png" srcset="/blog/billeder/a.png 1x, billeder/a.png 2x" alt="">
       <form action="/blog/soeg/"></form> <a href="/blog/2018/moede">uden skråstreg</a> <a href="#top">Top</a>
       ${extraHomeBody}`,
      '<link rel="stylesheet" href="/blog/assets/site.css"><link rel="alternate" href="/blog/feed.xml">',
    ),
  );
  await scratch.write(
    "2018/moede/index.html",
    page(`<h2 id="mission">Mission</h2><h2 id="fra-ord">Fra ord</h2><a name="gammel"></a>
          <a href="../../">Hjem</a> <a href="./#mission">her</a> <a href="/blog/index.html#indhold">hjem</a> ${extraPostBody}`),
  );
  await scratch.write("soeg/index.html", page("<p>Søg</p>"));
  await scratch.write("assets/site.css", "body{}");
  await scratch.write("billeder/a.png", "png");
  await scratch.write("feed.xml", "<feed/>");
}

describe("checkInternalLinks", () => {
  it("accepts a site whose links, assets, folders, queries and anchors all resolve", async () => {
    await writeSite();
    expect(await checkInternalLinks(scratch.root, "/blog/")).toEqual([]);
  });

  it("finds a planted broken link and a planted broken anchor", async () => {
    await writeSite('<a href="/blog/2018/findes-ikke/">væk</a>', '<a href="/blog/2018/moede/#resultater">Resultater</a>');
    expect(await checkInternalLinks(scratch.root, "/blog/")).toEqual([
      {
        file: "2018/moede/index.html",
        attribute: "a[href]",
        url: "/blog/2018/moede/#resultater",
        message: 'Siden /blog/2018/moede/ har intet element med id "resultater".',
      },
      {
        file: "index.html",
        attribute: "a[href]",
        url: "/blog/2018/findes-ikke/",
        message: "Linket peger på /blog/2018/findes-ikke/, som ikke findes i den byggede side.",
      },
    ]);
  });

  it("flags a root-relative link that forgot the path prefix", async () => {
    await writeSite('<a href="/2018/moede/">uden præfiks</a>');
    expect(await checkInternalLinks(scratch.root, "/blog/")).toEqual([
      expect.objectContaining({ url: "/2018/moede/", message: expect.stringContaining("uden for mappen /blog/") }),
    ]);
  });

  it("checks images, scripts and each srcset candidate", async () => {
    await writeSite('<img src="mangler.png" alt=""><script src="/blog/app.js"></script><img srcset="/blog/billeder/a.png 1x, /blog/b.png 2x" alt="">');
    const problems = await checkInternalLinks(scratch.root, "/blog/");
    expect(problems.map((problem) => [problem.attribute, problem.url])).toEqual([
      ["img[src]", "mangler.png"],
      ["script[src]", "/blog/app.js"],
      ["img[srcset]", "/blog/b.png"],
    ]);
  });

  it("finds a broken anchor on the same page", async () => {
    await writeSite('<a href="#ingen">ingen</a>');
    expect(await checkInternalLinks(scratch.root, "/blog/")).toEqual([
      expect.objectContaining({ file: "index.html", url: "#ingen", message: 'Siden /blog/ har intet element med id "ingen".' }),
    ]);
  });

  it("works for a site at the root", async () => {
    await scratch.write("index.html", page('<a href="/side/">side</a> <a href="/mangler/">mangler</a>'));
    await scratch.write("side/index.html", page('<a href="/">hjem</a>'));
    expect((await checkInternalLinks(scratch.root, "/")).map((problem) => problem.url)).toEqual(["/mangler/"]);
  });
});
