import { describe, expect, it } from "vitest";
import type { CalendarActivity, LoadedCalendar } from "../../../lib/calendar/activity.ts";
import { calendarActivities, findPost, linkCalendarPosts, meetingActivityId } from "../../../lib/calendar/post-meetings.ts";
import type { ValidCalendar } from "../../../lib/calendar/validate-calendar.ts";
import type { LoadedPost } from "../../../lib/content/load-posts.ts";
import type { PostFrontMatter } from "../../../lib/content/post-schema.ts";
import { formatProblem } from "../../../lib/validation/problems.ts";

const FILE = "data/calendar/2019.yaml";

function loadedPost(file: string, urlPath: string, data: PostFrontMatter): LoadedPost {
  return { data, body: "", file, absolutePath: `/site/${file}`, urlPath };
}

const MARCH = loadedPost("content/posts/2019/marts.md", "/2019/morgenmoede-i-marts/", {
  title: "Morgenmøde i marts",
  date: "2019-03-05",
  summary: "Om frivillighed.",
  meeting: { date: "2019-03-01", start: "08:30", end: "10:00", venue: { name: "IBM Danmark" } },
});
const SEPTEMBER = loadedPost("content/posts/2019/september.md", "/2019/netvaerksmoede/", {
  title: "Netværksmøde",
  date: "2019-09-10",
  meeting: { date: "2019-09-06" },
});
const OLD = loadedPost("content/posts/2018/oktober.md", "/2018/aarets-sidste/", {
  title: "Årets sidste",
  date: "2018-10-05",
  meeting: { date: "2018-10-05" },
});
const NO_MEETING = loadedPost("content/posts/2019/nyhed.md", "/2019/nyhed/", { title: "Nyhed", date: "2019-01-02" });
const POSTS = [MARCH, SEPTEMBER, OLD, NO_MEETING];

function validCalendar(activities: ValidCalendar["data"]["activities"]): ValidCalendar {
  return { year: 2019, file: FILE, data: { activities } };
}

const LAUNCH = { id: "lancering", title: "Lancering", kind: "lancering", status: "tentative" } as const;

describe("findPost", () => {
  it("finds a post by its file or by its address, with or without slashes", () => {
    expect(findPost("content/posts/2019/marts.md", POSTS)).toBe(MARCH);
    expect(findPost("/2019/morgenmoede-i-marts/", POSTS)).toBe(MARCH);
    expect(findPost("2019/morgenmoede-i-marts", POSTS)).toBe(MARCH);
    expect(findPost("/2019/findes-ikke/", POSTS)).toBeUndefined();
  });
});

describe("meetingActivityId", () => {
  it("is the last part of the post's address", () => {
    expect(meetingActivityId(MARCH)).toBe("morgenmoede-i-marts");
  });

  it("steers clear of the ids the page itself uses", () => {
    expect(meetingActivityId({ urlPath: "/2019/indhold/" })).toBe("indhold-2");
  });
});

describe("linkCalendarPosts", () => {
  it("resolves links to posts", () => {
    const result = linkCalendarPosts(
      validCalendar([{ ...LAUNCH, post: "content/posts/2018/oktober.md" }, { ...LAUNCH, id: "b", post: "/2019/nyhed/" }]),
      POSTS,
    );
    expect(result.problems).toEqual([]);
    expect(result.calendar?.activities.map((activity) => activity.post)).toEqual([OLD, NO_MEETING]);
  });

  it("reports a link to a post that does not exist, with the nearest one", () => {
    const result = linkCalendarPosts(validCalendar([LAUNCH, { ...LAUNCH, id: "b", post: "/2019/morgenmode-i-marts/" }]), POSTS);
    expect(result.calendar).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([
      'data/calendar/2019.yaml: 2. aktivitet (activities[1]), felt "post" er "/2019/morgenmode-i-marts/", som ikke er et indlæg. ' +
        'Mente du "/2019/morgenmoede-i-marts/"? Skriv indlæggets fil eller dets adresse.',
    ]);
  });

  it("reports a date that differs from the linked post's meeting", () => {
    const result = linkCalendarPosts(
      validCalendar([{ id: "marts", title: "Morgenmøde", date: "2019-03-02", kind: "morgenmøde", status: "confirmed", post: "/2019/morgenmoede-i-marts/" }]),
      POSTS,
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'data/calendar/2019.yaml: 1. aktivitet (activities[0]), felt "date" er 2019-03-02, men indlægget content/posts/2019/marts.md siger, at mødet var 2019-03-01. ' +
        "Ret datoen det ene sted, så kalenderen og indlægget er enige.",
    ]);
  });

  it("reports an id that a post's meeting in the same year would also get", () => {
    const result = linkCalendarPosts(validCalendar([{ ...LAUNCH, id: "netvaerksmoede" }]), POSTS);
    expect(result.problems.map((problem) => [problem.field, problem.message])).toEqual([
      ["activities[0].id", 'er "netvaerksmoede", det samme id som mødet i content/posts/2019/september.md, der også står i kalenderen.'],
    ]);
  });
});

describe("calendarActivities", () => {
  const calendar = (activities: CalendarActivity[]): LoadedCalendar => ({ year: 2019, file: FILE, activities });
  const ids = (activities: readonly CalendarActivity[]) => activities.map((activity) => activity.id);

  it("adds the meetings of the year's posts, in date order, without entering them twice", () => {
    const activities = calendarActivities(
      calendar([
        { id: "frist", title: "Frist", date: "2019-06-14", kind: "frist", status: "confirmed" },
        { ...LAUNCH },
      ]),
      POSTS,
    );
    expect(ids(activities)).toEqual(["morgenmoede-i-marts", "frist", "netvaerksmoede", "lancering"]);
    expect(activities[0]).toEqual({
      id: "morgenmoede-i-marts",
      title: "Morgenmøde i marts",
      date: "2019-03-01",
      start: "08:30",
      end: "10:00",
      venue: { name: "IBM Danmark" },
      kind: "netværksmøde",
      description: "Om frivillighed.",
      status: "confirmed",
      post: MARCH,
    });
  });

  it("merges a post's meeting into the entry that links it, the entry's own fields first", () => {
    const activities = calendarActivities(
      calendar([{ id: "marts", title: "Morgenmøde om frivillighed", kind: "morgenmøde", status: "confirmed", post: MARCH }]),
      POSTS,
    );
    expect(ids(activities)).toEqual(["marts", "netvaerksmoede"]);
    expect(activities[0]).toMatchObject({
      title: "Morgenmøde om frivillighed",
      kind: "morgenmøde",
      date: "2019-03-01",
      start: "08:30",
      end: "10:00",
      venue: { name: "IBM Danmark" },
      post: MARCH,
    });
  });

  it("leaves out the meetings and the links of posts the build does not publish", () => {
    const activities = calendarActivities(calendar([{ ...LAUNCH, post: MARCH }]), [SEPTEMBER]);
    expect(ids(activities)).toEqual(["netvaerksmoede", "lancering"]);
    expect(activities[1]?.post).toBeUndefined();
  });

  it("does not take a date from a linked post whose meeting was another year", () => {
    const [activity] = calendarActivities(calendar([{ ...LAUNCH, post: OLD }]), [OLD]);
    expect(activity?.date).toBeUndefined();
    expect(activity?.post).toBe(OLD);
  });
});
