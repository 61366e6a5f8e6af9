import { describe, expect, it } from "vitest";
import { neighbourFinder, neighbourLinks, postsWithChangedLinks } from "../../../lib/listings/neighbours.ts";

const near = neighbourFinder((item: { id: string }) => item.id);
const list = [{ id: "a" }, { id: "b" }, { id: "c" }];

describe("neighbourFinder", () => {
  it("gives the item before and after, and nothing past either end", () => {
    expect(near(list, "b", -1)).toBe(list[0]);
    expect(near(list, "b", 1)).toBe(list[2]);
    expect(near(list, "a", -1)).toBeUndefined();
    expect(near(list, "c", 1)).toBeUndefined();
  });

  it("gives nothing for an item not in the list", () => {
    expect(near(list, "x", 1)).toBeUndefined();
  });

  it("keeps each list's own order apart", () => {
    const reversed = [...list].reverse();
    expect(near(reversed, "b", 1)).toBe(list[0]);
    expect(near(list, "b", 1)).toBe(list[2]);
  });
});

describe("neighbourLinks and postsWithChangedLinks", () => {
  const a = { file: "/site/content/posts/a.md", title: "A", url: "/2019/a/" };
  const b = { file: "/site/content/posts/b.md", title: "B", url: "/2019/b/" };
  const c = { file: "/site/content/posts/c.md", title: "C", url: "/2019/c/" };

  it("finds nothing changed when nothing did", () => {
    expect(postsWithChangedLinks(neighbourLinks([a, b, c]), neighbourLinks([a, b, c]))).toEqual([]);
  });

  it("finds both neighbours of a post whose title or address changed, not the post's own links", () => {
    const renamed = { ...b, title: "B2", url: "/2019/b2/" };
    expect(postsWithChangedLinks(neighbourLinks([a, b, c]), neighbourLinks([a, renamed, c]))).toEqual([a.file, c.file]);
  });

  it("finds the old and the new neighbours of a post that moved, and the post itself", () => {
    const d = { file: "/site/content/posts/d.md", title: "D", url: "/2019/d/" };
    // a moves from first to last: b loses its older link, d gains a newer one, a's own links change.
    expect(postsWithChangedLinks(neighbourLinks([a, b, c, d]), neighbourLinks([b, c, d, a])).sort()).toEqual([a.file, b.file, d.file].sort());
  });

  it("finds the neighbours of a deleted post, and leaves out a new one", () => {
    expect(postsWithChangedLinks(neighbourLinks([a, b, c]), neighbourLinks([a, c]))).toEqual([a.file, c.file]);
    const d = { file: "/site/content/posts/d.md", title: "D", url: "/2019/d/" };
    expect(postsWithChangedLinks(neighbourLinks([a, b]), neighbourLinks([a, b, d]))).toEqual([b.file]);
  });
});
