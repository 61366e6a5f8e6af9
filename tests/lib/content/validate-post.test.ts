import { describe, expect, it } from "vitest";
import type { Problem } from "../../../lib/validation/problems.ts";
import { validatePost } from "../../../lib/content/validate-post.ts";

const FILE = "content/posts/2019/moede.md";

/** A post's text from front matter lines. */
const file = (...lines: string[]) => `---\n${lines.join("\n")}\n---\n\nBrødtekst.\n`;
const minimal = ["title: Morgenmøde om frivillighed", "date: 2019-03-01"];

function problemsOf(text: string): Problem[] {
  const result = validatePost(FILE, text);
  expect(result.post).toBeUndefined();
  return result.problems;
}

function problemAt(text: string, field: string): Problem {
  const problem = problemsOf(text).find((candidate) => candidate.field === field);
  if (problem === undefined) throw new Error(`no problem reported for ${field}`);
  return problem;
}

describe("a valid post", () => {
  it("needs only a title and a date", () => {
    const result = validatePost(FILE, file(...minimal));
    expect(result.problems).toEqual([]);
    expect(result.post?.data).toEqual({ title: "Morgenmøde om frivillighed", date: "2019-03-01" });
    expect(result.post?.body.trim()).toBe("Brødtekst.");
  });

  it("carries the whole meeting", () => {
    const result = validatePost(
      FILE,
      file(
        ...minimal,
        "summary: Kort resumé.",
        "tags: [Frivillighed, SMV]",
        "draft: false",
        "meeting:",
        "  date: 2019-03-01",
        '  start: "08:30"',
        '  end: "10:00"',
        "  venue:",
        "    name: IBM Danmark",
        "    address: Prøvevej 1, 2000 Frederiksberg",
        "  network: Corporate Social Responsibility & Co-Creation",
        "  host: IBM Danmark",
        'mission: "At sikre et oplyst grundlag."',
        "speakers:",
        "  - name: Jon Kiellberg",
        "    role: Direktør",
        "    organisation: ReMind",
        "    url: https://example.org/jon",
        "outcomes:",
        "  summary: En task force.",
        "  taskForce:",
        "    - name: Anders Sejerøe",
        "  actions:",
        "    - Skrive en projektbeskrivelse",
        "  deadline: 2019-12-20",
        "sdgs: [8, 17]",
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.post?.data.meeting?.venue?.name).toBe("IBM Danmark");
    expect(result.post?.data.speakers?.[0]?.url).toBe("https://example.org/jon");
    expect(result.post?.data.outcomes?.taskForce?.[0]?.name).toBe("Anders Sejerøe");
    expect(result.post?.data.sdgs).toEqual([8, 17]);
  });

  it("keeps dates as written, without a time zone", () => {
    expect(validatePost(FILE, file(...minimal)).post?.data.date).toBe("2019-03-01");
  });

  it("drops white space around text", () => {
    expect(validatePost(FILE, file('title: "  Mellemrum  "', "date: 2019-03-01")).post?.data.title).toBe("Mellemrum");
  });
});

describe("required fields", () => {
  it("reports a missing title and date with a hint", () => {
    const problems = problemsOf(file("summary: Intet andet."));
    expect(problems).toContainEqual({
      file: FILE,
      field: "title",
      line: 2,
      column: 1,
      message: "mangler.",
      hint: 'Skriv en titel, fx "Årets sidste netværksmøde".',
    });
    expect(problems.map((problem) => problem.field)).toContain("date");
  });

  it("reports an empty title", () => {
    expect(problemAt(file('title: ""', "date: 2019-03-01"), "title").message).toBe("må ikke være tomt.");
  });

  // Regression: "felt … men er tom" and "må ikke være tom", where felt and emne are neuter.
  it("says tomt of a field or a topic and tom of a speaker", () => {
    const problems = validatePost("content/posts/2019/moede.md", file(...minimal, "summary:", "tags: [SMV, '']", "speakers:", "  -")).problems;
    expect(problems.map((problem) => `${problem.field} ${problem.message}`)).toEqual([
      "summary skal være tekst, men er tomt.",
      "tags[1] må ikke være tomt.",
      "speakers[0] skal være en gruppe af felter på linjerne under, rykket ind, men er tom.",
    ]);
  });

  it("names the speaker whose name is missing by position", () => {
    const problem = problemAt(file(...minimal, "speakers:", "  - name: A", "  - role: Direktør"), "speakers[1].name");
    expect(problem.message).toBe("mangler.");
    expect(problem.hint).toContain("fulde navn");
  });

  it("requires the meeting's date and the venue's name", () => {
    const problems = problemsOf(file(...minimal, "meeting:", "  venue:", "    address: Et sted"));
    expect(problems.map((problem) => problem.field).sort()).toEqual(["meeting.date", "meeting.venue.name"]);
  });
});

describe("dates and times", () => {
  it.each(["2019-02-30", "2019-13-01", "2018-02-29"])("rejects the impossible date %s", (date) => {
    const problem = problemAt(file("title: X", `date: ${date}`), "date");
    expect(problem.message).toBe(`er ${date}, som ikke findes i kalenderen.`);
  });

  it("accepts 29 February in a leap year", () => {
    expect(validatePost(FILE, file("title: X", "date: 2020-02-29")).problems).toEqual([]);
  });

  it.each(["5. oktober 2018", "2018-10-5", "05-10-2018"])("rejects the date written %j", (date) => {
    expect(problemAt(file("title: X", `date: ${date}`), "date").message).toContain("år-måned-dag");
  });

  it("rejects a time written with a full stop, which YAML reads as a number", () => {
    const problem = problemAt(file(...minimal, "meeting:", "  date: 2019-03-01", "  start: 8.30"), "meeting.start");
    // As typed: YAML reads 8.30 as the number 8.3, which is not what the person wrote.
    expect(problem.message).toBe("skal være tekst, men er tallet 8.30.");
    expect(problem.line).toBe(6);
    expect(problem.hint).toContain('"08:30"');
  });

  it("rejects a meeting that ends before it starts", () => {
    const problem = problemAt(
      file(...minimal, "meeting:", "  date: 2019-03-01", '  start: "10:00"', '  end: "09:30"'),
      "meeting.end",
    );
    expect(problem.message).toBe("er 09:30, som ikke ligger efter starttidspunktet 10:00.");
  });

  it("rejects a deadline that does not exist", () => {
    expect(problemAt(file(...minimal, "outcomes:", "  deadline: 2019-04-31"), "outcomes.deadline").message).toContain(
      "ikke findes",
    );
  });
});

describe("goals", () => {
  it.each([0, 18, -1])("rejects goal %d, outside 1 to 17", (goal) => {
    const problem = problemAt(file(...minimal, `sdgs: [${goal}]`), "sdgs[0]");
    expect(problem.message).toMatch(goal < 1 ? /mindst 1/ : /højst være 17/);
    expect(problem.hint).toContain("fra 1 til 17");
  });

  it("rejects a fraction and a word", () => {
    expect(problemAt(file(...minimal, "sdgs: [1.5]"), "sdgs[0]").message).toContain("helt tal");
    expect(problemAt(file(...minimal, "sdgs: [partnerskaber]"), "sdgs[0]").message).toBe(
      'skal være et tal, men er teksten "partnerskaber".',
    );
  });

  it("rejects a goal named twice", () => {
    expect(problemAt(file(...minimal, "sdgs: [17, 8, 17]"), "sdgs[2]").message).toBe("nævner verdensmål 17 igen.");
  });
});

describe("web addresses", () => {
  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>x</script>", "ftp://example.org"])(
    "refuses %s",
    (url) => {
      const problem = problemAt(file(...minimal, "speakers:", "  - name: A", `    url: "${url}"`), "speakers[0].url");
      expect(problem.message).toMatch(/som ikke er tilladt\.$/);
    },
  );

  it("refuses an address that is not whole", () => {
    expect(problemAt(file(...minimal, "speakers:", "  - name: A", "    url: www.ibm.dk"), "speakers[0].url").message).toBe(
      'er "www.ibm.dk", som ikke er en hel webadresse.',
    );
  });
});

describe("unknown fields", () => {
  it("suggests the field a typo meant", () => {
    const problem = problemAt(file(...minimal, "speakrs: []"), "speakrs");
    expect(problem.message).toBe("findes ikke.");
    expect(problem.hint).toBe('Mente du "speakers"? Ret stavemåden.');
  });

  it("suggests within nested groups too", () => {
    const problem = problemAt(file(...minimal, "speakers:", "  - name: A", "    organization: IBM"), "speakers[0].organization");
    expect(problem.hint).toBe('Mente du "organisation"? Ret stavemåden.');
  });

  it("lists the allowed fields when nothing is close", () => {
    const problem = problemAt(file(...minimal, "layout: post.njk"), "layout");
    expect(problem.hint).toMatch(/^Tilladte felter her: title, date, summary/);
  });
});

describe("types", () => {
  it("expects a list of tags, not a single word", () => {
    expect(problemAt(file(...minimal, "tags: Frivillighed"), "tags").message).toBe(
      'skal være en liste, men er teksten "Frivillighed".',
    );
  });

  it("expects true or false for draft", () => {
    expect(problemAt(file(...minimal, "draft: ja"), "draft").message).toBe(
      'skal være true eller false, men er teksten "ja".',
    );
  });

  it("expects a group of fields for the meeting", () => {
    expect(problemAt(file(...minimal, "meeting: 2019-03-01"), "meeting").message).toMatch(/^skal være en gruppe af felter/);
  });
});

describe("every problem in one pass", () => {
  it("reports all problems of a file, not the first only", () => {
    const problems = problemsOf(
      file("titel: X", "date: 2019-02-30", "sdgs: [18]", "speakers:", "  - role: Leder", "    url: javascript:x"),
    );
    expect(problems.map((problem) => problem.field).sort()).toEqual([
      "date",
      "sdgs[0]",
      "speakers[0].name",
      "speakers[0].url",
      "titel",
      "title",
    ]);
    expect(problems.every((problem) => problem.file === FILE)).toBe(true);
  });
});
