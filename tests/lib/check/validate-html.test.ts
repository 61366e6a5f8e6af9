import { describe, expect, it } from "vitest";
import { validateHtmlFiles } from "../../../lib/check/validate-html.ts";
import { useScratchDir } from "../../helpers/scratch-dir.ts";

const scratch = useScratchDir("html");
const VALID = '<!doctype html>\n<html lang="da">\n<head><title>Forside</title></head>\n<body><main><h1>Hej</h1></main></body>\n</html>\n';

describe("validateHtmlFiles", () => {
  it("finds nothing wrong with valid pages", async () => {
    await scratch.write("index.html", VALID);
    await scratch.write("2018/moede/index.html", VALID);
    await scratch.write("feed.xml", "<feed><not-html/></feed>");
    expect(await validateHtmlFiles(scratch.root)).toEqual([]);
  });

  it("names the page, line and rule of each problem", async () => {
    await scratch.write("index.html", VALID);
    await scratch.write(
      "2018/moede/index.html",
      '<!doctype html>\n<html lang="da">\n<head><title>Møde</title></head>\n<body>\n<img src="a.png">\n<p id="x">a</p><p id="x">b</p>\n</body>\n</html>\n',
    );
    const problems = await validateHtmlFiles(scratch.root);
    expect(problems.map(({ file, line, rule }) => ({ file, line, rule }))).toEqual([
      { file: "2018/moede/index.html", line: 5, rule: "wcag/h37" },
      { file: "2018/moede/index.html", line: 6, rule: "no-dup-id" },
    ]);
    expect(problems.every((problem) => problem.message.length > 0)).toBe(true);
  });

  it("takes another configuration when given one", async () => {
    await scratch.write("index.html", '<!doctype html><html lang="da"><head><title>x</title></head><body><img src="a.png"></body></html>');
    expect(await validateHtmlFiles(scratch.root, { extends: ["html-validate:recommended"], rules: { "wcag/h37": "off" } })).toEqual([
      expect.objectContaining({ rule: "doctype-style" }),
    ]);
  });
});
