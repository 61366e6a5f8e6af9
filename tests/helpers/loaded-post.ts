import type { LoadedPost } from "../../lib/content/load-posts.ts";
import type { PostFrontMatter } from "../../lib/content/post-schema.ts";
import type { LoadedSite } from "../../lib/site/load-site.ts";

/** A validated post for unit tests, as loadPosts would give it; `data` adds to a title and date. */
export function loadedPost(file: string, data: Partial<PostFrontMatter> & Pick<PostFrontMatter, "title" | "date">): LoadedPost {
  return {
    file,
    absolutePath: `/repo/${file}`,
    urlPath: `/${data.date.slice(0, 4)}/${file.replace(/^.*\/|\.md$/g, "")}/`,
    body: "",
    data,
  };
}

/** A validated site for unit tests of the plugins: the shipped settings' shape, no posts, the root. */
export function loadedSite(overrides: Partial<LoadedSite> = {}): LoadedSite {
  return {
    settings: {
      title: "CSR Forum",
      description: "Netværksgruppens blog.",
      url: "https://blog.csrforum.dk",
      language: "da",
      timeZone: "Europe/Copenhagen",
      organisation: "CSR Forum",
      network: "Corporate Social Responsibility & Co-Creation",
      email: "sekretariatet@csrforum.dk",
    },
    posts: [],
    calendars: [],
    synonyms: [],
    // After every fixture post's date, so none is held back as scheduled.
    buildDate: new Date("2100-01-01T12:00:00Z"),
    showDrafts: false,
    warnings: [],
    siteUrl: "https://blog.csrforum.dk",
    pathPrefix: "/",
    ...overrides,
  };
}
