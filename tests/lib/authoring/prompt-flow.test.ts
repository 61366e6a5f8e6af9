import { describe, expect, it } from "vitest";
import { PromptCancelled, askForPost, splitList } from "../../../lib/authoring/prompt-flow.ts";
import { CTRL_C, ENTER, scriptedPrompts } from "../../helpers/scripted-prompts.ts";

const context = { today: "2019-03-01", addresses: new Map([["/2019/morgenmoede/", "content/posts/2019/morgenmoede.md"]]) };

describe("askForPost", () => {
  it("turns a whole conversation into a post", async () => {
    const prompts = scriptedPrompts([
      "Morgenmøde om frivillighed", // title
      ENTER, // publication date: today
      "Netværket satte frivillighed på dagsordenen.", // summary
      "2019-03-05", // meeting date
      "8.30", // as a Dane writes it
      '"10:00"', // as the files write it
      "Frivilligcenter Vesterbro",
      "Eksempelvej 12, 1620 København V",
      "At sikre et oplyst grundlag.", // mission
      "Jon Kiellberg",
      "Direktør",
      "ReMind",
      "https://remind.dk",
      "Anna Hansen",
      ENTER, // no role
      ENTER, // no organisation
      ENTER, // no web address
      ENTER, // no more speakers
      "Frivillighed,  Partnerskaber ,",
      [8, 17],
      ENTER, // not a draft
    ]);
    expect(await askForPost(prompts, context)).toEqual({
      title: "Morgenmøde om frivillighed",
      date: "2019-03-01",
      summary: "Netværket satte frivillighed på dagsordenen.",
      meeting: {
        date: "2019-03-05",
        start: "08:30",
        end: "10:00",
        venue: { name: "Frivilligcenter Vesterbro", address: "Eksempelvej 12, 1620 København V" },
      },
      mission: "At sikre et oplyst grundlag.",
      speakers: [{ name: "Jon Kiellberg", role: "Direktør", organisation: "ReMind", url: "https://remind.dk" }, { name: "Anna Hansen" }],
      tags: ["Frivillighed", "Partnerskaber"],
      sdgs: [8, 17],
      draft: false,
    });
    expect(prompts.refused).toEqual([]);
    expect(prompts.remaining()).toBe(0);
  });

  it("skips the meeting's details when there is no meeting, and the end when there is no start", async () => {
    const prompts = scriptedPrompts(["Nyhed fra sekretariatet", "2019-04-01", ENTER, "", ENTER, ENTER, [], true]);
    expect(await askForPost(prompts, context)).toEqual({
      title: "Nyhed fra sekretariatet",
      date: "2019-04-01",
      speakers: [],
      tags: [],
      sdgs: [],
      draft: true,
    });
    const prompts2 = scriptedPrompts(["Møde", ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER]);
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
      ENTER, // no summary
      ENTER, // the meeting on the publication date
      '"kl. 8"', // not a time
      "8.30",
      "8.00", // before the start
      "10",
      "10.00",
      ENTER, // no venue
      ENTER, // no mission
      ENTER, // no speakers
      ENTER, // no tags
      ENTER, // no goals
      ENTER, // not a draft
    ]);
    const post = await askForPost(prompts, context);
    expect(post.date).toBe("2019-03-01");
    expect(post.meeting).toEqual({ date: "2019-03-01", start: "08:30", end: "10:00" });
    expect(prompts.refused).toEqual([
      'Svaret må ikke være tomt. Skriv en titel, fx "Årets sidste netværksmøde".',
      'Svaret er "1/3 2019", men skal skrives som år-måned-dag. Skriv datoen som år-måned-dag, fx 2018-10-05.',
      "Svaret er 2019-02-30, som ikke findes i kalenderen. Skriv datoen som år-måned-dag, fx 2018-10-05.",
      'Svaret "kl. 8" er ikke et klokkeslæt. Skriv timer og minutter, fx 8.30 eller 08:30.',
      "Svaret 08:00 ligger ikke efter starttidspunktet 08:30. Skriv hvornår mødet sluttede, fx 10.00.",
      'Svaret "10" er ikke et klokkeslæt. Skriv timer og minutter, fx 8.30 eller 08:30.',
    ]);
    // Never a word about quotes: the file gets them without the person typing them.
    expect(prompts.refused.filter((reason) => reason.includes("anførselstegn"))).toEqual([]);
  });

  // Regression: "8.30" was refused with advice to type "08:30" in quotes, and the
  // quoted answer was refused again as ""08:30"": a loop.
  it.each(["08:30", "8:30", "8.30", '"08:30"'])("takes the start time %j and writes 08:30", async (typed) => {
    const prompts = scriptedPrompts(["Møde", ENTER, ENTER, ENTER, typed, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER]);
    expect((await askForPost(prompts, context)).meeting?.start).toBe("08:30");
    expect(prompts.refused).toEqual([]);
  });

  it("refuses a title that is taken as soon as it is typed, with the reason", async () => {
    const prompts = scriptedPrompts(["Morgenmøde", "Morgenmøde i marts", ENTER, ENTER, "", ENTER, ENTER, ENTER, ENTER]);
    const post = await askForPost(prompts, context);
    expect(post.title).toBe("Morgenmøde i marts");
    expect(prompts.refused).toEqual([
      "Titlen giver samme adresse (/2019/morgenmoede/) som content/posts/2019/morgenmoede.md. Vælg en anden titel, eller ret det eksisterende indlæg.",
    ]);
    // Asked once: the date was not asked for in between.
    expect(prompts.asked.slice(0, 3)).toEqual(["Indlæggets titel", "Indlæggets titel", expect.stringMatching(/^Udgivelsesdato/)]);
  });

  it("asks for the title again, the typed one ready to edit, when the date puts it on a taken address", async () => {
    const lastYear = { today: "2018-06-01", addresses: context.addresses };
    const prompts = scriptedPrompts(["Morgenmøde", "2019-03-01", "Morgenmøde i marts", ENTER, "", ENTER, ENTER, ENTER, ENTER]);
    const offered: Array<string | undefined> = [];
    const ask = prompts.text.bind(prompts);
    prompts.text = (question) => {
      offered.push(question.initialValue);
      return ask(question);
    };
    const post = await askForPost(prompts, lastYear);
    expect(post).toMatchObject({ title: "Morgenmøde i marts", date: "2019-03-01" });
    expect(prompts.warnings).toEqual([
      "Titlen giver samme adresse (/2019/morgenmoede/) som content/posts/2019/morgenmoede.md. Vælg en anden titel, eller ret det eksisterende indlæg.",
    ]);
    expect(prompts.asked[2]).toBe("Indlæggets titel");
    expect(offered[2]).toBe("Morgenmøde");
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
