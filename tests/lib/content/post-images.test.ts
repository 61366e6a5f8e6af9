import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LoadedPost } from "../../../lib/content/load-posts.ts";
import { bodyImages, imageProblems } from "../../../lib/content/post-images.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

describe("bodyImages", () => {
  it("finds every image with its alt text and line, decoding the address", () => {
    const body = "Første linje.\n\n![Et billede](billede.jpg) og ![](mappe/møde%20to.png)\n\n- ![Punkt](p.png)\n";
    expect(bodyImages(body)).toEqual([
      { src: "billede.jpg", alt: "Et billede", bodyLine: 3 },
      { src: "mappe/møde to.png", alt: "", bodyLine: 3 },
      { src: "p.png", alt: "Punkt", bodyLine: 5 },
    ]);
  });

  it("finds images given by reference, which also begin with ![", () => {
    expect(bodyImages("Se ![Kortet][kort].\n\n[kort]: kort.png\n")).toEqual([{ src: "kort.png", alt: "Kortet", bodyLine: 1 }]);
  });

  it("ignores links and text that only look like images", () => {
    expect(bodyImages("[ikke et billede](a.jpg) og `![kode](b.jpg)`")).toEqual([]);
  });
});

describe("imageProblems", () => {
  const scratch = useScratchDir("post-images");
  const postAt = (relative: string, body: string) =>
    ({ file: relative, absolutePath: path.join(scratch.root, relative), body, urlPath: "/2019/x/", data: { title: "X", date: "2019-01-01" } }) as LoadedPost;

  it("accepts images beside the post and root-relative ones in the input folder", async () => {
    await scratch.write("content/posts/2019/billede.jpg", "x");
    await scratch.write("content/billeder/logo.png", "x");
    const post = postAt("content/posts/2019/a.md", "![A](billede.jpg) ![B](/billeder/logo.png) ![C](data:image/png;base64,AA==)");
    expect(await imageProblems(path.join(scratch.root, "content"), [post])).toEqual([]);
  });

  it("names a missing image and the post that shows it", async () => {
    const post = postAt("content/posts/2019/a.md", "![A](mangler.jpg)");
    expect(await imageProblems(path.join(scratch.root, "content"), [post])).toEqual([
      expect.objectContaining({ file: "content/posts/2019/a.md", message: 'Billedet "mangler.jpg" findes ikke i mappen ved siden af indlægget.' }),
    ]);
  });

  it("refuses images on other sites", async () => {
    const post = postAt("content/posts/2019/a.md", "![A](https://example.com/a.jpg) ![B](//example.com/b.jpg)");
    const problems = await imageProblems(path.join(scratch.root, "content"), [post]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'Billedet "https://example.com/a.jpg" ligger på en anden hjemmeside, og siden viser kun sine egne billeder.',
      'Billedet "//example.com/b.jpg" ligger på en anden hjemmeside, og siden viser kun sine egne billeder.',
    ]);
  });
});
