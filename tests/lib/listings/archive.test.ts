import { describe, expect, it } from "vitest";
import { groupByYearAndMonth } from "../../../lib/listings/archive.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";

const post = (title: string, date: string) => loadedPost(`content/posts/${date.slice(0, 4)}/${title}.md`, { title, date });

describe("groupByYearAndMonth", () => {
  it("groups by year, then month, newest first everywhere, leaving empty months out", () => {
    const years = groupByYearAndMonth([
      post("okt-a", "2018-10-05"),
      post("mar-b", "2019-03-20"),
      post("jan", "2019-01-31"),
      post("mar-a", "2019-03-01"),
      post("dec", "2018-12-01"),
    ]);
    expect(years.map((year) => [year.year, year.months.map((month) => [month.firstDay, month.posts.map((p) => p.data.title)])])).toEqual([
      ["2019", [["2019-03-01", ["mar-b", "mar-a"]], ["2019-01-01", ["jan"]]]],
      ["2018", [["2018-12-01", ["dec"]], ["2018-10-01", ["okt-a"]]]],
    ]);
  });

  it("is empty without posts", () => {
    expect(groupByYearAndMonth([])).toEqual([]);
  });
});
