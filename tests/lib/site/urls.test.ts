import { describe, expect, it } from "vitest";
import { absoluteUrl, normalizePathPrefix, prefixedPath } from "../../../lib/site/urls.ts";

describe("normalizePathPrefix", () => {
  it("gives every spelling of a prefix one leading and one trailing slash", () => {
    expect(["blog", "/blog", "blog/", "/blog/", "//blog//"].map(normalizePathPrefix)).toEqual(Array(5).fill("/blog/"));
    expect(normalizePathPrefix("a/b")).toBe("/a/b/");
  });

  it("treats no prefix, an empty one and a lone slash as the root", () => {
    expect([undefined, "", "/"].map(normalizePathPrefix)).toEqual(["/", "/", "/"]);
  });
});

describe("prefixedPath", () => {
  it("puts a site path below the prefix", () => {
    expect(prefixedPath("/blog/", "/")).toBe("/blog/");
    expect(prefixedPath("/blog/", "/2018/moede/#mission")).toBe("/blog/2018/moede/#mission");
    expect(prefixedPath("/", "/feed.xml")).toBe("/feed.xml");
  });

  it("refuses a path that is not site-relative", () => {
    expect(() => prefixedPath("/", "2018/moede/")).toThrow(RangeError);
  });
});

describe("absoluteUrl", () => {
  it("joins origin, prefix and path", () => {
    expect(absoluteUrl("https://eksempel.github.io", "/blog/", "/2018/moede/")).toBe("https://eksempel.github.io/blog/2018/moede/");
    expect(absoluteUrl("https://blog.csrforum.dk", "/", "/")).toBe("https://blog.csrforum.dk/");
  });

  it("accepts the origin with a trailing slash and keeps its port", () => {
    expect(absoluteUrl("http://localhost:8080/", "/", "/feed.json")).toBe("http://localhost:8080/feed.json");
  });
});
