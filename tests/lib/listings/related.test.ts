import { describe, expect, it } from "vitest";
import type { PostFrontMatter } from "../../../lib/content/post-schema.ts";
import { relatedPosts } from "../../../lib/listings/related.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";

function post(name: string, date: string, data: Partial<PostFrontMatter> = {}) {
  return loadedPost(`content/posts/${date.slice(0, 4)}/${name}.md`, { title: name, date, ...data });
}

const person = (name: string, organisation?: string) => ({ name, ...(organisation === undefined ? {} : { organisation }) });

describe("relatedPosts", () => {
  // The post every case asks about: one person (from one organisation), two tags, two goals.
  const subject = post("subject", "2019-06-01", {
    speakers: [person("Anne Holm", "IBM Danmark")],
    tags: ["Frivillighed", "SMV"],
    sdgs: [8, 17],
  });

  it("ranks by shared people (3), organisations (2), tags (1) and goals (1)", () => {
    const samePerson = post("same-person", "2010-01-01", { outcomes: { taskForce: [person("Anne Holm")] } }); // 3
    const sameOrganisation = post("same-organisation", "2010-01-01", { speakers: [person("Bo Berg", "IBM Danmark")] }); // 2
    const twoTags = post("two-tags", "2010-01-01", { tags: ["SMV", "Frivillighed"] }); // 2
    const oneGoal = post("one-goal", "2019-06-02", { sdgs: [17] }); // 1, however near
    const nothing = post("nothing", "2019-06-01", { tags: ["Klima"] });
    const related = relatedPosts([nothing, oneGoal, twoTags, sameOrganisation, samePerson, subject]).get(subject.urlPath);
    // same-organisation and two-tags tie at 2 and are equally far: the URL decides.
    expect(related?.map((p) => p.data.title)).toEqual(["same-person", "same-organisation", "two-tags"]);
  });

  it("adds the weights up: a person and a goal (4) beat an organisation and a tag (3)", () => {
    const personAndGoal = post("person-and-goal", "2000-01-01", { speakers: [person("Anne Holm")], sdgs: [8] });
    const organisationAndTag = post("organisation-and-tag", "2019-06-01", { speakers: [person("Bo", "IBM Danmark")], tags: ["SMV"] });
    expect(relatedPosts([organisationAndTag, personAndGoal, subject]).get(subject.urlPath)?.map((p) => p.data.title)).toEqual([
      "person-and-goal",
      "organisation-and-tag",
    ]);
  });

  it("breaks ties by the nearest date, before or after, then by URL", () => {
    const tag = { tags: ["SMV"] };
    const farBefore = post("a-far-before", "2019-01-01", tag);
    const nearAfter = post("z-near-after", "2019-06-11", tag); // 10 days
    const nearBefore = post("m-near-before", "2019-05-22", tag); // 10 days: ties with z by date, wins by URL
    const nearest = post("z-nearest", "2019-06-03", tag);
    const related = relatedPosts([farBefore, nearAfter, nearBefore, nearest, subject]).get(subject.urlPath);
    expect(related?.map((p) => p.data.title)).toEqual(["z-nearest", "m-near-before", "z-near-after"]);
  });

  it("gives the same answer whatever the order of the posts", () => {
    const others = ["a", "b", "c", "d", "e"].map((name, i) => post(name, `2019-0${i + 1}-15`, { tags: ["SMV"], sdgs: i % 2 === 0 ? [8] : [] }));
    const forwards = relatedPosts([subject, ...others]).get(subject.urlPath);
    const backwards = relatedPosts([...others].reverse().concat(subject)).get(subject.urlPath);
    expect(forwards?.map((p) => p.urlPath)).toEqual(backwards?.map((p) => p.urlPath));
    expect(forwards).toHaveLength(3);
  });

  it("never lists a post as related to itself, nor a post that shares nothing", () => {
    const stranger = post("stranger", "2019-06-01", { tags: ["Klima"] });
    expect(relatedPosts([subject, stranger]).get(subject.urlPath)).toEqual([]);
    expect(relatedPosts([subject, stranger]).get(stranger.urlPath)).toEqual([]);
  });

  it("counts a person who both spoke and sat on the task force once", () => {
    const twice = post("twice", "2010-01-01", { speakers: [person("Anne Holm")], outcomes: { taskForce: [person("Anne Holm")] } });
    const twoTagsAndGoal = post("two-tags-and-goal", "2010-01-01", { tags: ["SMV", "Frivillighed"], sdgs: [8, 17] }); // 4
    expect(relatedPosts([twice, twoTagsAndGoal, subject]).get(subject.urlPath)?.map((p) => p.data.title)).toEqual(["two-tags-and-goal", "twice"]);
  });
});
