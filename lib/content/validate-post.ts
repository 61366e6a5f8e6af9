import { readSourceFile } from "./front-matter.ts";
import { postSchema, type PostFrontMatter } from "./post-schema.ts";
import type { Problem } from "./problems.ts";
import { problemsFromIssues } from "./schema-issues.ts";

/** A post's validated front matter and its Markdown body. */
export interface ValidPost {
  data: PostFrontMatter;
  body: string;
}

/**
 * Reads and validates one post. Every problem in the file is reported, not the
 * first only; `file` is the repository-relative path the problems name.
 */
export function validatePost(file: string, text: string): { post?: ValidPost; problems: Problem[] } {
  const { source, problems } = readSourceFile(file, text);
  if (source === undefined) return { problems };
  const result = postSchema.safeParse(source.data, { reportInput: true });
  if (!result.success) {
    return { problems: problemsFromIssues(file, postSchema, result.error.issues) };
  }
  return { post: { data: result.data, body: source.body }, problems: [] };
}
