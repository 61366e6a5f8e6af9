import type { LoadedPost } from "../../lib/content/load-posts.ts";
import type { PostFrontMatter } from "../../lib/content/post-schema.ts";

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
