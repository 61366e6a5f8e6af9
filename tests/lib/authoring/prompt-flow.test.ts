import { describe, expect, it } from "vitest";
import { PromptCancelled, askForPost, splitList } from "../../../lib/authoring/prompt-flow.ts";
import { CTRL_C, ENTER, scriptedPrompts } from "../../helpers/scripted-prompts.ts";

const context = { today: "2019-03-01", addresses: new Map([["/2019/morgenmoede/", "content/posts/2019/morgenmoede.md"]]) };

describe("askForPost", () => {
  it("turns a whole conversation into a post", async () => {
    const prompts = scriptedPrompts([
      "Morgenmøde om frivillighed", // title
      ENTER, // publication date: today
      "2019-03-05", // meeting date
      "08:30",
      "10:00",
      "Frivilligcenter Vesterbro",
      "Eksempelvej 12, 1620 København V",
      "Jon Kiellberg",
      "Direktør",
      "ReMind",
      "Anna Hansen",
      ENTER, // no role
      ENTER, // no organisation
      ENTER, // no more speakers
      "Frivillighed,  Partnerskaber ,",
      [8, 17],
      ENTER, // not a draft
    ]);
    expect(await askForPost(prompts, context)).toEqual({
      title: "Morgenmøde om frivillighed",
      date: "2019-03-01",
      meeting: {
        date: "2019-03-05",
        start: "08:30",
        end: "10:00",
        venue: { name: "Frivilligcenter Vesterbro", address: "Eksempelvej 12, 1620 København V" },
      },
      speakers: [{ name: "Jon Kiellberg", role: "Direktør", organisation: "ReMind" }, { name: "Anna Hansen" }],
      tags: ["Frivillighed", "Partnerskaber"],
      sdgs: [8, 17],
      draft: false,
    });
    expect(prompts.refused).toEqual([]);
    expect(prompts.remaining()).toBe(0);
  });

  it("skips the meeting's details when there is no meeting, and the end when there is no start", async () => {
    const prompts = scriptedPrompts(["Nyhed fra sekretariatet", "2019-04-01", "", ENTER, ENTER, [], true]);
    expect(await askForPost(prompts, context)).toEqual({
      title: "Nyhed fra sekretariatet",
      date: "2019-04-01",
      speakers: [],
      tags: [],
      sdgs: [],
      draft: true,
    });
    const prompts2 = scriptedPrompts(["Møde", ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER]);
    const post = await askForPost(prompts2, context);
    expect(post.meeting).toEqual({ date: "2019-03-01" });
    expect(prompts2.asked.some((question) => question.startsWith("Mødets sluttidspunkt"))).toBe(false);
    expect(prompts2.asked.some((question) => question.startsWith("Stedets adresse"))).toBe(false);
  });

  it("asks again, in Danish, until an answer passes the build's check", async () => {
    const prompts = scriptedPrompts([
      "   ", // empty title
      "Morgenmøde om frivillighed",
      "1/3 2019", // not ISO
      "2019-02-30", // not in the calendar
      "2019-03-01",
      ENTER,
      "8.30",
      "08:30",
      "08:00", // before the start
      "10:00",
      ENTER,
      ENTER,
      ENTER,
      ENTER,
      ENTER,
    ]);
    const post = await askForPost(prompts, context);
    expect(post.date).toBe("2019-03-01");
    expect(post.meeting).toEqual({ date: "2019-03-01", start: "08:30", end: "10:00" });
    expect(prompts.refused).toEqual([
      'Svaret må ikke være tom. Skriv en titel, fx "Årets sidste netværksmøde".',
      'Svaret er "1/3 2019", men skal skrives som år-måned-dag. Skriv datoen som år-måned-dag, fx 2018-10-05.',
      "Svaret er 2019-02-30, som ikke findes i kalenderen. Skriv datoen som år-måned-dag, fx 2018-10-05.",
      'Svaret er "8.30", men skal være et klokkeslæt skrevet timer:minutter. Skriv klokkeslættet som timer:minutter i anførselstegn, fx "08:30".',
      'Svaret er 08:00, som ikke ligger efter starttidspunktet 08:30. Skriv klokkeslættet som timer:minutter i anførselstegn, fx "10:00".',
    ]);
  });

  it("asks for the title again when it would take an existing post's address", async () => {
    const prompts = scriptedPrompts(["Morgenmøde", ENTER, "Morgenmøde i marts", ENTER, "", ENTER, ENTER, ENTER, ENTER]);
    const post = await askForPost(prompts, context);
    expect(post.title).toBe("Morgenmøde i marts");
    expect(prompts.warnings).toEqual([
      "Titlen giver samme adresse (/2019/morgenmoede/) som content/posts/2019/morgenmoede.md. Vælg en anden titel, eller ret det eksisterende indlæg.",
    ]);
  });

  it("stops at Ctrl-C", async () => {
    await expect(askForPost(scriptedPrompts(["Morgenmøde om frivillighed", CTRL_C]), context)).rejects.toThrow(PromptCancelled);
  });
});

describe("splitList", () => {
  it("splits on commas and drops empty parts", () => {
    expect(splitList(" a, b ,, c ,")).toEqual(["a", "b", "c"]);
    expect(splitList("  ")).toEqual([]);
  });
});
