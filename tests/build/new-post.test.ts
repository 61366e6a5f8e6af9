import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runNewPostCommand } from "../../lib/authoring/new-post-command.ts";
import { validatePost } from "../../lib/content/validate-post.ts";
import { BUILD_EPOCH, type FixtureSite, createFixtureSite, readable, removeFixtureSite } from "../helpers/fixture-site.ts";
import { runCommand } from "../helpers/run-command.ts";
import { type ScriptResult, runScript } from "../helpers/run-script.ts";
import { CTRL_C, ENTER, type ScriptedAnswer, scriptedPrompts } from "../helpers/scripted-prompts.ts";


let site: FixtureSite;
beforeEach(async () => {
  site = await createFixtureSite({}, { keepRealPosts: true });
});
afterEach(() => removeFixtureSite(site));

/** `npm run new -- …`'s command in this process, as its script runs it with no terminal: build date 2019-12-31. */
function newPost(...args: string[]): Promise<ScriptResult> {
  // No one at the terminal: a question asked would be a fault.
  const prompts = scriptedPrompts([]);
  return runCommand((context) => runNewPostCommand({ ...context, isTerminal: false, prompts }), args, site.root);
}

/** Every file below content/posts/ with its text. */
async function postFiles(): Promise<Record<string, string>> {
  const dir = path.join(site.root, "content/posts");
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [path.relative(dir, file), await readFile(file, "utf8")])));
}

const FLAGS = [
  "--title", "Morgenmøde: frivillighed i SMV'er",
  "--meeting-date", "2019-12-10",
  "--start", "08:30",
  "--end", "10:00",
  "--venue", "Frivilligcenter Vesterbro/Kgs. Enghave/Valby",
  "--address", "Eksempelvej 12, 1620 København V",
  "--speaker", "Jon Kiellberg|Direktør|ReMind",
  "--speaker", "Anna Hansen",
  "--tag", "Frivillighed",
  "--tag", "SMV",
  "--sdg", "17",
];
const CREATED = "content/posts/2019/2019-12-31-morgenmoede-frivillighed-i-smv-er.md";

describe("npm run new with flags", () => {
  // The one run of the script itself: the other tests call its command in process.
  it("writes the post from flags, as a script with no terminal", async () => {
    const result = await runScript("new", FLAGS, site.root);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`Indlægget er oprettet: ${CREATED}`);
    expect(Object.keys(await postFiles())).toContain(path.relative("content/posts", CREATED));
  });

  it("writes a valid post in its year's folder, dated today, that builds", async () => {
    const result = await newPost(...FLAGS);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`Indlægget er oprettet: ${CREATED}`);
    const { post, problems } = validatePost(CREATED, await readFile(path.join(site.root, CREATED), "utf8"));
    expect(problems).toEqual([]);
    expect(post?.data).toEqual({
      title: "Morgenmøde: frivillighed i SMV'er",
      date: "2019-12-31",
      tags: ["Frivillighed", "SMV"],
      meeting: {
        date: "2019-12-10",
        start: "08:30",
        end: "10:00",
        venue: { name: "Frivilligcenter Vesterbro/Kgs. Enghave/Valby", address: "Eksempelvej 12, 1620 København V" },
      },
      speakers: [{ name: "Jon Kiellberg", role: "Direktør", organisation: "ReMind" }, { name: "Anna Hansen" }],
      sdgs: [17],
    });
    await site.build();
    const page = await site.page("/2019/morgenmoede-frivillighed-i-smv-er/");
    expect(readable(page.querySelector("h1"))).toBe("Morgenmøde: frivillighed i SMV'er");
    expect([...page.querySelectorAll(".post-body h2")].map((node) => readable(node))).toEqual(["Om mødet", "Fra ord til handling"]);
  });

  it("refuses to make a second post at the same address, leaving the first as it was", async () => {
    expect((await newPost(...FLAGS)).code).toBe(0);
    const before = await postFiles();
    const second = await newPost(...FLAGS, "--date", "2019-12-31", "--draft");
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("Intet er skrevet.");
    expect(second.stderr).toContain(`${CREATED}\n  felt "title" giver samme adresse (/2019/morgenmoede-frivillighed-i-smv-er/) som ${CREATED}.`);
    expect(await postFiles()).toEqual(before);
  });

  it("never overwrites a file, even one that is not a valid post", async () => {
    await site.write(CREATED, "noget, der ikke er et indlæg\n");
    const result = await newPost(...FLAGS);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${CREATED}\n  Filen findes allerede, og den bliver ikke overskrevet.`);
    expect(await readFile(path.join(site.root, CREATED), "utf8")).toBe("noget, der ikke er et indlæg\n");
  });

  it("rejects an unknown flag with exit code 2 and writes nothing", async () => {
    const before = await postFiles();
    const result = await newPost("--titel", "Morgenmøde");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Kommandoen kender ikke flaget --titel.");
    expect(result.stderr).toContain("npm run new -- --help");
    expect(await postFiles()).toEqual(before);
  });

  it("rejects flags without a title, and no flags when nobody is at a terminal, with exit code 2", async () => {
    expect((await newPost("--date", "2019-03-01")).code).toBe(2);
    const noTerminal = await newPost();
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain("mindst --title");
  });

  it("reports every bad value at once in Danish with exit code 1, and writes nothing", async () => {
    const before = await postFiles();
    const result = await newPost("--title", "Morgenmøde", "--date", "2019-02-30", "--start", "25.00", "--sdg", "18", "--sdg", "to");
    expect(result.code).toBe(1);
    // The meeting's date defaults to the publication date, so the bad date counts twice.
    expect(result.stderr).toContain("der er 5 fejl");
    expect(result.stderr).toContain('felt "date" er 2019-02-30, som ikke findes i kalenderen.');
    expect(result.stderr).toContain('felt "meeting.date" er 2019-02-30, som ikke findes i kalenderen.');
    expect(result.stderr).toContain('felt "--start" er "25.00", som ikke er et klokkeslæt. Skriv timer og minutter, fx --start 8.30 eller --start 08:30.');
    // Never quotes on a command line: the file gets them without the person typing them.
    expect(result.stderr).not.toContain("anførselstegn");
    expect(result.stderr).toContain('1. verdensmål (sdgs[0]) må højst være 17, men er tallet 18.');
    expect(result.stderr).toContain('kommandolinjen\n  felt "--sdg" er "to", som ikke er et tal.');
    // The file was never written: no line numbers of a file the person cannot open.
    expect(result.stderr).not.toContain("linje ");
    expect(await postFiles()).toEqual(before);
  });

  // Regression: --start 8.30 was refused, asking for "08:30" in quotes on a command line.
  it("reads --start and --end as the prompt does, and writes them HH:MM", async () => {
    const result = await newPost("--title", "Morgenmøde", "--date", "2019-03-01", "--start", "8.30", "--end", '"10:00"');
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const text = (await postFiles())["2019/2019-03-01-morgenmoede.md"] ?? "";
    expect(text).toContain('  start: "08:30"\n');
    expect(text).toContain('  end: "10:00"\n');
  });

  it("explains itself in Danish with --help", async () => {
    const result = await newPost("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--speaker "N|R|O"');
    expect(result.stdout).toContain("overskrives aldrig");
  });
});

describe("npm run new with questions", () => {
  const ask = (answers: ScriptedAnswer[]) => {
    const output: string[] = [];
    const prompts = scriptedPrompts(answers);
    const done = runNewPostCommand({
      root: site.root,
      args: [],
      env: { SOURCE_DATE_EPOCH: BUILD_EPOCH },
      now: () => new Date(),
      isTerminal: true,
      prompts,
      out: (text) => output.push(text),
      err: (text) => output.push(text),
    });
    return { done, output, prompts };
  };

  it("writes the post the answers describe", async () => {
    const { done, output } = ask([
      "Dialogfrokost på Folkemødet",
      ENTER, // published today
      "Dialog om partnerskaber.", // summary
      "2019-06-14",
      "12.00", // as a Dane writes it
      "13:30",
      "Folkemødet, Allinge",
      ENTER, // no address
      ENTER, // no mission
      "Jon Kiellberg",
      ENTER, // no role
      "ReMind",
      ENTER, // no web address
      ENTER, // no more speakers
      "Partnerskaber",
      [17],
      false,
    ]);
    expect(await done).toBe(0);
    const file = "content/posts/2019/2019-12-31-dialogfrokost-paa-folkemoedet.md";
    expect(output).toEqual([`Indlægget er oprettet: ${file}`]);
    const { post, problems } = validatePost(file, await readFile(path.join(site.root, file), "utf8"));
    expect(problems).toEqual([]);
    expect(post?.data.meeting).toEqual({ date: "2019-06-14", start: "12:00", end: "13:30", venue: { name: "Folkemødet, Allinge" } });
    expect(post?.data.speakers).toEqual([{ name: "Jon Kiellberg", organisation: "ReMind" }]);
    expect(post?.data.summary).toBe("Dialog om partnerskaber.");
    expect(post?.data.mission).toBeUndefined();
  });

  it("writes nothing when cancelled with Ctrl-C, and exits 130", async () => {
    const before = await postFiles();
    const { done, output } = ask(["Dialogfrokost på Folkemødet", ENTER, "2019-06-14", CTRL_C]);
    expect(await done).toBe(130);
    expect(output).toEqual(["Afbrudt. Intet er skrevet."]);
    expect(await postFiles()).toEqual(before);
  });
});
