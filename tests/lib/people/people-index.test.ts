import { describe, expect, it } from "vitest";
import { buildPeopleIndex } from "../../../lib/people/people-index.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";

const spring = loadedPost("content/posts/2019/foraar.md", {
  title: "Forårsmøde",
  date: "2019-03-01",
  speakers: [
    { name: "Jon Kiellberg", role: "Direktør", organisation: "ReMind" },
    { name: "Oda Bagøien Hustad", organisation: "Roskilde Universitet" },
  ],
});
const autumn = loadedPost("content/posts/2019/efteraar.md", {
  title: "Efterårsmøde",
  date: "2019-10-01",
  speakers: [{ name: "Åse Andersen", role: "Leder", organisation: "Frivilligcenter" }],
  outcomes: {
    taskForce: [
      { name: "Jon Kiellberg", role: "Partner", organisation: "ReMind ApS" },
      { name: "Anders Sejerøe" },
    ],
  },
});
const both = loadedPost("content/posts/2018/begge.md", {
  title: "Mødet hvor alt skete",
  date: "2018-10-05",
  speakers: [{ name: "Jon Kiellberg", role: "Direktør", organisation: "ReMind" }],
  outcomes: { taskForce: [{ name: "Jon Kiellberg", role: "Direktør", organisation: "ReMind" }] },
});

describe("buildPeopleIndex", () => {
  it("gives a person every meeting, newest first, with role and organisation as that post gives them", () => {
    const jon = buildPeopleIndex([spring, autumn]).byName.get("Jon Kiellberg");
    expect(jon?.slug).toBe("jon-kiellberg");
    expect(jon?.meetings.map((meeting) => [meeting.post.data.title, meeting.contributions])).toEqual([
      ["Efterårsmøde", [{ capacity: "taskForce", role: "Partner", organisation: "ReMind ApS" }]],
      ["Forårsmøde", [{ capacity: "speaker", role: "Direktør", organisation: "ReMind" }]],
    ]);
  });

  it("lists one meeting once when the person both spoke and sat on its task force", () => {
    const jon = buildPeopleIndex([both]).byName.get("Jon Kiellberg");
    expect(jon?.meetings).toHaveLength(1);
    expect(jon?.meetings[0]?.contributions.map((contribution) => contribution.capacity)).toEqual(["speaker", "taskForce"]);
  });

  it("leaves out what a post does not give", () => {
    const anders = buildPeopleIndex([autumn]).byName.get("Anders Sejerøe");
    expect(anders?.slug).toBe("anders-sejeroee");
    expect(anders?.meetings[0]?.contributions).toEqual([{ capacity: "taskForce" }]);
  });

  it("sorts people the Danish way: Å after Z, Ø before Å", () => {
    const names = buildPeopleIndex([spring, autumn]).people.map((person) => person.name);
    expect(names).toEqual(["Anders Sejerøe", "Jon Kiellberg", "Oda Bagøien Hustad", "Åse Andersen"]);
  });

  it("keeps two names with the same slug apart, the earlier one keeping the plain address", () => {
    const later = loadedPost("content/posts/2019/senere.md", { title: "Senere", date: "2019-12-01", speakers: [{ name: "Jon  Kiellberg" }] });
    const { byName, people } = buildPeopleIndex([later, spring]);
    expect(byName.get("Jon Kiellberg")?.slug).toBe("jon-kiellberg");
    expect(byName.get("Jon  Kiellberg")?.slug).toBe("jon-kiellberg-2");
    expect(byName.get("Jon  Kiellberg")?.meetings.map((meeting) => meeting.post.data.title)).toEqual(["Senere"]);
    expect(new Set(people.map((person) => person.slug)).size).toBe(people.length);
  });

  it("has nobody when no post names anyone", () => {
    expect(buildPeopleIndex([loadedPost("content/posts/2019/tom.md", { title: "Tom", date: "2019-01-01" })]).people).toEqual([]);
  });
});
