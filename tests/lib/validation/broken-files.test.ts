import { describe, expect, it } from "vitest";
import { validateCalendar } from "../../../lib/calendar/validate-calendar.ts";
import { validatePost } from "../../../lib/content/validate-post.ts";
import { type Problem, formatProblemGroups } from "../../../lib/validation/problems.ts";

// The secretariat's commonest mistakes, one broken file each: the report must name
// the cause in its own words, at the line where the mistake is. Line numbers count
// the post's opening --- as line 1.

const POST = "content/posts/2019/moede.md";
const CALENDAR = "data/calendar/2019.yaml";

/** A post from its front-matter lines, with a body. */
const post = (...lines: string[]) => `---\n${lines.join("\n")}\n---\n\nTekst.\n`;
const HEAD = ["title: Morgenmøde", "date: 2019-03-01"];

/** A calendar file whose activity lines follow `activities:` (line 1). */
const calendar = (...lines: string[]) => `activities:\n${lines.join("\n")}\n`;
const ACTIVITY = ["  - id: morgenmoede", "    title: Morgenmøde", "    date: 2019-03-01", "    kind: morgenmøde", "    status: bekræftet"];

interface BrokenFile {
  what: string;
  file: typeof POST | typeof CALENDAR;
  text: string;
  line: number;
  /** Words the problem on that line must say (message and hint). */
  says: string[];
}

const BROKEN: BrokenFile[] = [
  // The rows of issue 13's table.
  { what: "a title with a colon, no quotes", file: POST, text: post("title: Morgenmøde: frivillighed", "date: 2019-03-01"), line: 2, says: ['Teksten i "title" har et kolon (:)', 'title: "Morgenmøde: frivillighed"'] },
  { what: "quotes inside a quoted title", file: POST, text: post('title: "Mødet om "frivillighed" i dag"', "date: 2019-03-01"), line: 2, says: ["anførselstegn inden i anførselstegn", `title: 'Mødet om "frivillighed" i dag'`] },
  // Regression: the hint dropped the opening quote, suggesting 'Møde" om frivillighed'.
  { what: "a quoted word opening a title", file: POST, text: post('title: "Møde" om frivillighed', "date: 2019-03-01"), line: 2, says: ["anførselstegn inden i anførselstegn", `title: '"Møde" om frivillighed'`] },
  { what: "two quoted words in a title", file: POST, text: post('title: "Møde" om "frivillighed"', "date: 2019-03-01"), line: 2, says: [`title: '"Møde" om "frivillighed"'`] },
  { what: "the closing quote missing on line 2", file: POST, text: post('title: "Morgenmøde', "date: 2019-03-01", "meeting:", "  date: 2019-03-01", '  start: "08:30"'), line: 2, says: ["Et anførselstegn åbnes, men lukkes aldrig.", 'title: "Morgenmøde"'] },
  { what: "only # removed from an old template's placeholder, a space left", file: POST, text: post(...HEAD, "speakers:", '  - name: "Jon Kiellberg"', '    organisation: "ReMind"', '# Fjern # foran de linjer, I udfylder.', ' summary: "Et kort resumé."'), line: 8, says: ['Der står et mellemrum foran "summary"', "Fjern mellemrummet foran summary"] },
  { what: "start: 8.30, echoed as typed", file: POST, text: post(...HEAD, "meeting:", "  date: 2019-03-01", "  start: 8.30"), line: 6, says: ["men er tallet 8.30.", '"08:30"'] },
  { what: "- id at column 0 in the calendar", file: CALENDAR, text: calendar(...ACTIVITY, "- id: frokost", "  title: Frokost"), line: 7, says: ["Punktet står ikke på linje med de andre punkter i listen.", "Ryk linjen 2 mellemrum ind", "linje 2"] },
  // Each YAML cause, elsewhere in a file.
  { what: "a colon in a nested value", file: POST, text: post(...HEAD, "meeting:", "  date: 2019-03-01", "  host: IBM: Danmark"), line: 6, says: ['Teksten i "host" har et kolon (:)', 'host: "IBM: Danmark"'] },
  { what: "a colon in a speaker's role", file: POST, text: post(...HEAD, "speakers:", "  - name: Jon Kiellberg", "    role: Direktør: ReMind"), line: 6, says: ['Teksten i "role" har et kolon (:)'] },
  { what: "a single quote never closed", file: POST, text: post("title: 'Morgenmøde", "date: 2019-03-01"), line: 2, says: ["Et anførselstegn åbnes, men lukkes aldrig.", "title: 'Morgenmøde'"] },
  { what: "a tab as indentation", file: POST, text: post(...HEAD, "meeting:", "\tdate: 2019-03-01"), line: 5, says: ["Linjen er rykket ind med tabulator.", "mellemrum"] },
  { what: "a tab in the calendar", file: CALENDAR, text: calendar("\t- id: morgenmoede"), line: 2, says: ["tabulator"] },
  { what: "a stray space before a top-level field", file: POST, text: post(...HEAD, " summary: Et resumé."), line: 4, says: ['Der står et mellemrum foran "summary"'] },
  { what: "three stray spaces", file: POST, text: post(...HEAD, "   summary: Et resumé."), line: 4, says: ['Der står 3 mellemrum foran "summary"', "Fjern mellemrummene"] },
  { what: "a list item indented too far", file: CALENDAR, text: calendar(...ACTIVITY, "   - id: frokost", "     title: Frokost"), line: 7, says: ["Punktet står ikke på linje med de andre punkter i listen.", "1 mellemrum ud", "linje 2"] },
  { what: "a field out at the list's dash", file: POST, text: post(...HEAD, "speakers:", "  - name: Jon Kiellberg", "  role: Direktør"), line: 6, says: ['Feltet "role" står ude på højde med listens bindestreg', "Ryk linjen 2 mellemrum ind"] },
  { what: "a missing colon after a field's name", file: POST, text: post("title: Morgenmøde", "date 2019-03-01"), line: 3, says: ["Linjen mangler et kolon (:) efter feltets navn.", "date: 2019-03-01"] },
  { what: "no space after a field's colon", file: POST, text: post("title:Morgenmøde", "date: 2019-03-01"), line: 2, says: ["Der mangler et mellemrum efter kolonet i title:Morgenmøde.", "title: Morgenmøde"] },
  { what: "a second speaker's dash two spaces too deep", file: POST, text: post(...HEAD, "speakers:", "  - name: A", "    - name: B"), line: 6, says: ["Punktet står ikke på linje med de andre punkter i listen.", "Ryk linjen 2 mellemrum ud", "linje 5"] },
  { what: "a field written twice", file: POST, text: post(...HEAD, "title: Igen"), line: 4, says: ['Feltet "title" står to gange (også på linje 2).'] },
  // Field errors: each with its line, list positions in Danish, Danish guesses.
  { what: "the second speaker without a name", file: POST, text: post(...HEAD, "speakers:", "  - name: Jon Kiellberg", "  - role: Direktør"), line: 6, says: ['2. oplægsholder (speakers[1]), felt "name" mangler.'] },
  { what: "a goal out of range", file: POST, text: post(...HEAD, "sdgs: [8, 18]"), line: 4, says: ["2. verdensmål (sdgs[1]) må højst være 17, men er tallet 18."] },
  { what: "a date not in the calendar", file: POST, text: post("title: Morgenmøde", "date: 2019-02-30"), line: 3, says: ["er 2019-02-30, som ikke findes i kalenderen."] },
  { what: "titel for title", file: POST, text: post("titel: Morgenmøde", "date: 2019-03-01"), line: 2, says: ['felt "titel" findes ikke. Mente du "title"?'] },
  { what: "dato for date", file: POST, text: post("title: Morgenmøde", "dato: 2019-03-01"), line: 3, says: ['felt "dato" findes ikke. Mente du "date"?'] },
  { what: "resumé for summary", file: POST, text: post(...HEAD, "resumé: Et resumé."), line: 4, says: ['Mente du "summary"?'] },
  { what: "oplægsholdere for speakers", file: POST, text: post(...HEAD, "oplægsholdere: []"), line: 4, says: ['Mente du "speakers"?'] },
  { what: "verdensmål for sdgs", file: POST, text: post(...HEAD, "verdensmål: [17]"), line: 4, says: ['Mente du "sdgs"?'] },
  { what: "emner for tags", file: POST, text: post(...HEAD, "emner: [SMV]"), line: 4, says: ['Mente du "tags"?'] },
  { what: "sted for venue, inside the meeting", file: POST, text: post(...HEAD, "meeting:", "  date: 2019-03-01", "  sted: IBM"), line: 6, says: ['felt "meeting.sted" findes ikke. Mente du "venue"?'] },
  { what: "an English status word that is not one", file: CALENDAR, text: calendar(...ACTIVITY.slice(0, 4), "    status: fastlagt"), line: 6, says: ['1. aktivitet (activities[0]), felt "status" er teksten "fastlagt", som ikke kan bruges her.', "Skriv en af: bekræftet, foreløbig, aflyst"] },
  { what: "a kind without its ø, with the choices listed once", file: CALENDAR, text: calendar(...ACTIVITY.slice(0, 3), "    kind: morgenmode", "    status: bekræftet"), line: 5, says: ['Mente du "morgenmøde"?'] },
];

function problemsOf({ file, text }: BrokenFile): Problem[] {
  return file === POST ? validatePost(file, text).problems : validateCalendar(file, text).problems;
}

describe("the report on a broken file", () => {
  it("covers at least twenty mistakes", () => {
    expect(BROKEN.length).toBeGreaterThanOrEqual(20);
  });

  it.each(BROKEN)("$what: the cause, at line $line", (broken) => {
    const problems = problemsOf(broken);
    const report = formatProblemGroups(problems).join("\n");
    // The problem at that line, as the report prints it (field, message and hint).
    const said = problems
      .filter((problem) => problem.line === broken.line)
      .map((problem) => formatProblemGroups([problem])[1] ?? "")
      .find((line) => line.includes(broken.says[0] ?? ""));
    expect(said, report).toBeDefined();
    expect(said?.startsWith(`  linje ${broken.line}: `)).toBe(true);
    for (const words of broken.says) expect(said).toContain(words);
  });
});
