import { readSourceFile } from "./front-matter.ts";
import { postSchema, type PostFrontMatter } from "./post-schema.ts";
import type { Problem } from "../validation/problems.ts";
import { validateAgainst } from "../validation/schema-issues.ts";
import type { Locate } from "../validation/yaml-source.ts";

/** A post's validated front matter and its Markdown body. */
export interface ValidPost {
  data: PostFrontMatter;
  body: string;
  /** The line of the file the body starts on. */
  bodyLine?: number;
  /** Where each field was written, for problems found later (warnings, addresses). */
  locate?: Locate;
}

/**
 * Reads and validates one post. Every problem in the file is reported, not the
 * first only; `file` is the repository-relative path the problems name.
 */
export function validatePost(file: string, text: string): { post?: ValidPost; problems: Problem[] } {
  const { source, problems } = readSourceFile(file, text);
  if (source === undefined) return { problems };
  const { value: data, problems: invalid } = validateAgainst(file, postSchema, source.data, source.locate);
  if (data === undefined) return { problems: invalid };
  return { post: { data, body: source.body, bodyLine: source.bodyLine, locate: source.locate }, problems: [] };
}
