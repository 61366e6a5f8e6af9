import { describe, expect, it } from "vitest";
import { formatProblem, type Problem } from "../../../lib/validation/problems.ts";
import { calendarYearOf, validateCalendar } from "../../../lib/calendar/validate-calendar.ts";

const FILE = "data/calendar/2019.yaml";

/** A calendar file from the lines of its activities, each list item starting with "- ". */
const calendarFile = (...activityLines: string[]) =>
  `activities:\n${activityLines.map((line) => `  ${line}`).join("\n")}\n`;

/** The lines of a valid, dated activity; `extra` lines are added inside it. */
const activity = (id: string, ...extra: string[]) => [
  `- id: ${id}`,
  "  title: Morgenmøde om frivillighed",
  "  date: 2019-03-01",
  "  kind: morgenmøde",
  "  status: confirmed",
  ...extra.map((line) => `  ${line}`),
];

function problemsOf(text: string, file = FILE): Problem[] {
  const result = validateCalendar(file, text);
  expect(result.calendar).toBeUndefined();
  return result.problems;
}

/** The one problem reported for `field`, as the secretariat reads it. */
function reportFor(text: string, field: string): string {
  const problems = problemsOf(text).filter((problem) => problem.field === field);
  expect(problems, `problems for ${field}`).toHaveLength(1);
  return formatProblem(problems[0] as Problem);
}

describe("a valid calendar file", () => {
  it("gives the year from the file name and the activities as written", () => {
    const result = validateCalendar(
      FILE,
      [
        "# Kommentarer er tilladt",
        "description: Netværkets år.",
        "activities:",
        "  - id: morgenmoede-marts",
        "    title: Morgenmøde om frivillighed",
        "    date: 2019-03-01",
        '    start: "08:30"',
        '    end: "10:00"',
        "    venue:",
        "      name: IBM Danmark",
        "      address: Prøvevej 1, 2000 Frederiksberg",
        "    kind: morgenmøde",
        "    description: Oplæg og dialog.",
        "    status: confirmed",
        "    post: /2019/morgenmoede/",
        "  - id: lancering",
        "    title: Lancering af projektet",
        "    kind: lancering",
        "    status: tentative",
      ].join("\n"),
    );
    expect(result.problems).toEqual([]);
    expect(result.calendar?.year).toBe(2019);
    expect(result.calendar?.file).toBe(FILE);
    expect(result.calendar?.data.description).toBe("Netværkets år.");
    expect(result.calendar?.data.activities).toEqual([
      {
        id: "morgenmoede-marts",
        title: "Morgenmøde om frivillighed",
        date: "2019-03-01",
        start: "08:30",
        end: "10:00",
        venue: { name: "IBM Danmark", address: "Prøvevej 1, 2000 Frederiksberg" },
        kind: "morgenmøde",
        description: "Oplæg og dialog.",
        status: "confirmed",
        post: "/2019/morgenmoede/",
      },
      { id: "lancering", title: "Lancering af projektet", kind: "lancering", status: "tentative" },
    ]);
  });

  it("accepts a year with no activities yet", () => {
    expect(validateCalendar("data/calendar/2020.yaml", "activities: []\n").calendar?.data.activities).toEqual([]);
  });

  it("keeps dates as text, as js-yaml's core schema reads them", () => {
    expect(validateCalendar(FILE, calendarFile(...activity("a"))).calendar?.data.activities[0]?.date).toBe("2019-03-01");
  });
});

describe("calendarYearOf", () => {
  it("reads the year from a name like 2019.yaml and nothing else", () => {
    expect(calendarYearOf("2019.yaml")).toBe(2019);
    expect(calendarYearOf("2025.yaml")).toBe(2025);
    expect(calendarYearOf("2019.yml")).toBeUndefined();
    expect(calendarYearOf("kalender-2019.yaml")).toBeUndefined();
    expect(calendarYearOf("19.yaml")).toBeUndefined();
  });
});

describe("the calendar file's problems, in Danish, naming file and field", () => {
  it("an end before the start", () => {
    expect(reportFor(calendarFile(...activity("a", 'start: "10:00"', 'end: "09:00"')), "activities[0].end")).toBe(
      'data/calendar/2019.yaml:8:5: 1. aktivitet (activities[0]), felt "end" er 09:00, som ikke ligger efter starttidspunktet 10:00. ' +
        'Skriv klokkeslættet som timer:minutter i anførselstegn, fx "10:00".',
    );
  });

  it("an end without a start, and a start without a date", () => {
    expect(reportFor(calendarFile(...activity("a", 'end: "09:00"')), "activities[0].end")).toContain(
      "er angivet uden et starttidspunkt (start).",
    );
    const undated = calendarFile("- id: a", "  title: T", "  kind: frist", "  status: tentative", '  start: "08:30"');
    expect(reportFor(undated, "activities[0].start")).toContain("er angivet, men aktiviteten har ingen dato.");
  });

  it("a last day (endDate) that is not after the first, or in another year, or with clock times", () => {
    expect(reportFor(calendarFile(...activity("a", "endDate: 2019-03-01")), "activities[0].endDate")).toBe(
      'data/calendar/2019.yaml:7:5: 1. aktivitet (activities[0]), felt "endDate" er 2019-03-01, som ikke ligger efter aktivitetens første dag 2019-03-01. ' +
        "Skriv den sidste dag som år-måned-dag, fx 2019-06-16. En aktivitet over flere dage står uden klokkeslæt.",
    );
    expect(reportFor(calendarFile(...activity("a", "endDate: 2020-01-02")), "activities[0].endDate")).toContain("i et andet år end første dag 2019-03-01");
    expect(reportFor(calendarFile(...activity("a", "endDate: 2019-03-03", 'start: "08:30"')), "activities[0].start")).toContain(
      "er angivet for en aktivitet over flere dage (endDate).",
    );
    const undated = calendarFile("- id: a", "  title: T", "  kind: frist", "  status: tentative", "  endDate: 2019-03-03");
    expect(reportFor(undated, "activities[0].endDate")).toContain("aktiviteten har ingen dato (date)");
  });

  it("a date outside the file's year, on the third activity", () => {
    const text = calendarFile(...activity("a"), ...activity("b"), ...activity("c").map((line) => line.replace("2019-03-01", "2018-12-05")));
    expect(reportFor(text, "activities[2].date")).toBe(
      'data/calendar/2019.yaml:14:5: 3. aktivitet (activities[2]), felt "date" er 2018-12-05, som ikke ligger i 2019. ' +
        "Filen 2019.yaml rummer kun aktiviteter i 2019: ret datoen, eller flyt aktiviteten til filen for dens år.",
    );
  });

  it("a date that does not exist", () => {
    const text = calendarFile(...activity("a").map((line) => line.replace("2019-03-01", "2019-02-30")));
    expect(reportFor(text, "activities[0].date")).toContain("er 2019-02-30, som ikke findes i kalenderen.");
  });

  it("a file name that is not a year", () => {
    const problems = problemsOf(calendarFile(...activity("a")), "data/calendar/kalender.yaml");
    expect(problems.map(formatProblem)).toEqual([
      'data/calendar/kalender.yaml: Filnavnet "kalender.yaml" er ikke et årstal. Giv kalenderfilen årets navn, fx 2019.yaml, med én fil for hvert år.',
    ]);
  });

  it("an unknown kind, listing the known ones once", () => {
    const text = calendarFile(...activity("a").map((line) => line.replace("kind: morgenmøde", "kind: frokost")));
    expect(reportFor(text, "activities[0].kind")).toBe(
      'data/calendar/2019.yaml:5:5: 1. aktivitet (activities[0]), felt "kind" er teksten "frokost", som ikke kan bruges her. ' +
        "Skriv en af: morgenmøde, netværksmøde, folkemødet, lancering, frist, andet.",
    );
  });

  it("a kind spelt without æ, ø or å, with the one it was meant to be", () => {
    const text = calendarFile(...activity("a").map((line) => line.replace("kind: morgenmøde", "kind: morgenmode")));
    expect(reportFor(text, "activities[0].kind")).toContain('er teksten "morgenmode", som ikke kan bruges her. Mente du "morgenmøde"?');
  });

  it("an unknown status, with the Danish words to use", () => {
    const text = calendarFile(...activity("a").map((line) => line.replace("status: confirmed", "status: fastlagt")));
    expect(reportFor(text, "activities[0].status")).toContain(
      'er teksten "fastlagt", som ikke kan bruges her. Skriv en af: bekræftet, foreløbig, aflyst (foreløbig: dato følger).',
    );
  });

  it("a missing kind says it is missing", () => {
    const text = calendarFile(...activity("a").filter((line) => !line.includes("kind:")));
    expect(reportFor(text, "activities[0].kind")).toContain('1. aktivitet (activities[0]), felt "kind" mangler.');
  });

  it("an unknown field, with the field it was probably meant to be", () => {
    const text = calendarFile(...activity("a", "descrption: Tekst"));
    expect(reportFor(text, "activities[0].descrption")).toBe(
      'data/calendar/2019.yaml:7:5: 1. aktivitet (activities[0]), felt "descrption" findes ikke. Mente du "description"? Ret stavemåden.',
    );
  });

  it("two activities with one id", () => {
    expect(reportFor(calendarFile(...activity("morgenmoede"), ...activity("b"), ...activity("morgenmoede")), "activities[2].id")).toBe(
      'data/calendar/2019.yaml:12:5: 3. aktivitet (activities[2]), felt "id" er "morgenmoede", ligesom 1. aktivitet (activities[0]) på linje 2. ' +
        "Giv hver aktivitet sit eget id: det bruges i links og i kalenderfilerne.",
    );
  });

  it("an id that cannot be a link or a file name", () => {
    expect(reportFor(calendarFile(...activity("Morgenmøde marts")), "activities[0].id")).toContain(
      "må kun indeholde små bogstaver a–z, tal og bindestreger",
    );
    expect(reportFor(calendarFile(...activity("indhold")), "activities[0].id")).toContain('er "indhold", som siden selv bruger.');
  });

  it("a confirmed activity without a date", () => {
    const text = calendarFile("- id: a", "  title: T", "  kind: frist", "  status: confirmed");
    expect(reportFor(text, "activities[0].date")).toBe(
      'data/calendar/2019.yaml:2:5: 1. aktivitet (activities[0]), felt "date" mangler. ' +
        "Skriv datoen som år-måned-dag, fx 2019-03-01. Kun en aktivitet med status foreløbig kan stå uden dato.",
    );
  });

  it("reads the Danish statuses, and still the English ones of older files", () => {
    const statuses = (words: string[]) => {
      const text = calendarFile(
        ...words.flatMap((word, index) => activity(`a${index}`).map((line) => line.replace("status: confirmed", `status: ${word}`))),
      );
      return validateCalendar(FILE, text).calendar?.data.activities.map((entry) => entry.status);
    };
    expect(statuses(["bekræftet", "foreløbig", "aflyst"])).toEqual(["confirmed", "tentative", "cancelled"]);
    expect(statuses(["confirmed", "tentative", "cancelled"])).toEqual(["confirmed", "tentative", "cancelled"]);
  });

  it("a quote that is never closed, at the line it opens on", () => {
    const text = ["activities:", "  - id: a", '    title: "Morgenmøde', "    kind: frist", "    status: tentative", ""].join("\n");
    const [problem] = problemsOf(text);
    expect(problem?.line).toBe(3);
    expect(problem?.column).toBe(12);
    expect(formatProblem(problem as Problem)).toMatch(/^data\/calendar\/2019\.yaml:3:12: Et anførselstegn åbnes, men lukkes aldrig\./);
  });

  it("a tab used for indentation, at its line", () => {
    const [problem] = problemsOf("activities:\n\t- id: a\n");
    expect(problem?.line).toBe(2);
    expect(problem?.message).toBe("Linjen er rykket ind med tabulator.");
  });

  it("an empty file, and a file without activities", () => {
    expect(problemsOf("  \n").map((problem) => problem.message)).toEqual(["Filen er tom."]);
    expect(problemsOf("description: Kun en indledning.\n").map(formatProblem)).toEqual([
      'data/calendar/2019.yaml:1:1: felt "activities" mangler. Skriv hver aktivitet som et punkt, der begynder med bindestreg, med felterne herunder rykket ind.',
    ]);
  });

  it("every problem in the file at once", () => {
    const text = calendarFile(
      ...activity("a", 'start: "10:00"', 'end: "09:00"'),
      ...activity("b").map((line) => line.replace("kind: morgenmøde", "kind: frokost")),
      ...activity("a").map((line) => line.replace("2019-03-01", "2020-01-10")),
    );
    expect(problemsOf(text).map((problem) => problem.field).sort()).toEqual([
      "activities[0].end",
      "activities[1].kind",
      "activities[2].date",
      "activities[2].id",
    ]);
  });
});
