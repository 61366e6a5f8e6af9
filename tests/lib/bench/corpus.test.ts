import { describe, expect, it } from "vitest";
import { BODY_WORDS, countWords, generateCorpus } from "../../../lib/bench/corpus.ts";
import { BENCH_SOURCE_DATE_EPOCH } from "../../../lib/bench/run-bench.ts";
import { SUMMARY_WARNING_LENGTH } from "../../../lib/content/warnings.ts";
import { validatePost } from "../../../lib/content/validate-post.ts";
import { createFixtureSite, readable, removeFixtureSite } from "../../helpers/fixture-site.ts";

const corpus = generateCorpus({ count: 200, seed: 42 });
const validated = corpus.map((file) => ({ file, ...validatePost(file.path, file.text) }));

describe("countWords", () => {
  it("counts words of running text, not Markdown marks or link targets", () => {
    expect(countWords("Se [mere her](https://example.dk/a-b-c) nu.")).toBe(4);
    expect(countWords("## Baggrund\n\n- Et punkt\n- Et andet")).toBe(5);
    expect(countWords("  \n ")).toBe(0);
  });
});

describe("the bench corpus", () => {
  it("is the same for the same seed, and another for another seed", () => {
    expect(generateCorpus({ count: 200, seed: 42 })).toEqual(corpus);
    expect(generateCorpus({ count: 200, seed: 43 })).not.toEqual(corpus);
  });

  it("has the number of posts asked for, each in the folder of its year", () => {
    expect(corpus).toHaveLength(200);
    for (const { path, text } of corpus) {
      const year = /^content\/posts\/(\d{4})\/\1-\d{2}-\d{2}-[a-z0-9-]+\.md$/.exec(path)?.[1];
      expect(year, path).toBeDefined();
      expect(text).toMatch(new RegExp(`^date: "${year}-`, "m"));
    }
  });

  it("is valid by the post schema, every post", () => {
    for (const { file, problems, post } of validated) {
      expect(problems, file.path).toEqual([]);
      expect(post, file.path).toBeDefined();
    }
  });

  it("gives every post its own address", () => {
    expect(new Set(corpus.map((post) => post.urlPath)).size).toBe(corpus.length);
  });

  it("dates posts over 2015-2025, meetings on the day and deadlines after it", () => {
    const years = new Set(validated.map(({ post }) => Number(post?.data.date.slice(0, 4))));
    expect(Math.min(...years)).toBe(2015);
    expect(Math.max(...years)).toBe(2025);
    expect(years.size).toBe(11);
    for (const { post } of validated) {
      expect(post?.data.meeting?.date).toBe(post?.data.date);
      const deadline = post?.data.outcomes?.deadline;
      if (deadline !== undefined) expect(deadline > (post?.data.date ?? "")).toBe(true);
    }
  });

  it("writes bodies of 600 to 900 words with headings, lists and links", () => {
    for (const { post, file } of validated) {
      const body = post?.body ?? "";
      expect(countWords(body), file.path).toBeGreaterThanOrEqual(BODY_WORDS.min);
      expect(countWords(body), file.path).toBeLessThanOrEqual(BODY_WORDS.max);
      expect(body, file.path).toMatch(/^## \S/m);
    }
    const bodies = validated.map(({ post }) => post?.body ?? "");
    expect(bodies.filter((body) => /^- \S/m.test(body)).length).toBeGreaterThan(150);
    expect(bodies.filter((body) => /\]\(https:\/\//.test(body)).length).toBeGreaterThan(100);
  });

  it("keeps summaries short enough to raise no warning, and out of template syntax", () => {
    for (const { post, file } of validated) {
      expect((post?.data.summary ?? "").length, file.path).toBeLessThanOrEqual(SUMMARY_WARNING_LENGTH);
      expect(file.text).not.toMatch(/\{[{%]/);
    }
  });

  it("brings the same people back across posts, each always with the same role", () => {
    const people = validated.flatMap(({ post }) => [...(post?.data.speakers ?? []), ...(post?.data.outcomes?.taskForce ?? [])]);
    const postsByName = new Map<string, Set<string>>();
    for (const { post, file } of validated) {
      for (const person of [...(post?.data.speakers ?? []), ...(post?.data.outcomes?.taskForce ?? [])]) {
        postsByName.set(person.name, (postsByName.get(person.name) ?? new Set()).add(file.path));
      }
    }
    const recurring = [...postsByName.values()].filter((posts) => posts.size >= 5);
    expect(recurring.length).toBeGreaterThan(5);
    const roles = new Map<string, Set<string>>();
    for (const person of people) roles.set(person.name, (roles.get(person.name) ?? new Set()).add(`${person.role}|${person.organisation}`));
    for (const [name, seen] of roles) expect(seen.size, name).toBe(1);
  });

  it("builds with the production build", async () => {
    const posts = generateCorpus({ count: 3, seed: 1 });
    const site = await createFixtureSite(Object.fromEntries(posts.map((post) => [post.path.replace("content/posts/", ""), post.text])));
    try {
      // The bench's own build date: after every generated post, so none is held back as scheduled.
      await site.build({ SOURCE_DATE_EPOCH: BENCH_SOURCE_DATE_EPOCH });
      for (const post of posts) {
        const title = /^title: "(.*)"$/m.exec(post.text)?.[1];
        expect(readable((await site.page(post.urlPath)).querySelector("h1"))).toBe(title);
      }
      expect(site.warnings).toEqual([]);
    } finally {
      await removeFixtureSite(site);
    }
  });
});
