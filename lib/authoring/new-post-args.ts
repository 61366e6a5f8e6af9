import { parseArgs } from "node:util";
import { typedClockTime, withoutQuotes } from "../dates/clock-time.ts";
import type { Problem } from "../validation/problems.ts";
import type { NewPost, PersonAnswer } from "./new-post.ts";

/** The new-post command's help, in Danish. */
export const NEW_POST_HELP = `Opret et nyt indlæg: npm run new

Uden flag spørger kommandoen om det hele, et spørgsmål ad gangen.
Med flag skrives indlægget med det samme, uden spørgsmål:

  npm run new -- --title "Morgenmøde om frivillighed" --meeting-date 2019-03-01 \\
    --start 08:30 --end 10:00 --venue "Frivilligcenter Vesterbro" \\
    --speaker "Jon Kiellberg|Direktør|ReMind" --tag Frivillighed --sdg 17

  --title TEKST          indlæggets titel (skal med)
  --date DATO            udgivelsesdato, år-måned-dag (ellers i dag)
  --meeting-date DATO    mødets dato (ellers udgivelsesdatoen, hvis andre mødeflag er med)
  --start TT:MM          mødets starttidspunkt, fx 8.30 eller 08:30
  --end TT:MM            mødets sluttidspunkt, fx 10.00 eller 10:00
  --venue TEKST          stedets navn
  --address TEKST        stedets adresse
  --speaker "N|R|O"      en oplægsholder: navn|stilling|organisation (gentag for flere)
  --tag TEKST            et emne (gentag for flere)
  --sdg TAL              et verdensmål fra 1 til 17 (gentag for flere)
  --draft                gem som kladde (vises kun med npm start)
  --help                 vis denne hjælp

Filen skrives i content/posts/<år>/<dato>-<titel>.md. En fil, der findes, overskrives aldrig.`;

const OPTIONS = {
  title: { type: "string" },
  date: { type: "string" },
  "meeting-date": { type: "string" },
  start: { type: "string" },
  end: { type: "string" },
  venue: { type: "string" },
  address: { type: "string" },
  speaker: { type: "string", multiple: true },
  tag: { type: "string", multiple: true },
  sdg: { type: "string", multiple: true },
  draft: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** What the command line asks for. */
export type NewPostRequest =
  | { kind: "help" }
  | { kind: "interactive" }
  /** Flags given: the post, and problems in values that could not even be read. */
  | { kind: "flags"; post: NewPost; problems: Problem[] }
  | { kind: "usage"; message: string };

/** Where problems in flag values are reported, before the post has a file. */
const FLAGS = "kommandolinjen";

/** node:util's parseArgs errors, told in Danish. */
function danishParseError(error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Kommandoen kender ikke flaget ${quoted ?? ""}.`.replace(" .", ".");
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take an argument/.test(error.message)) return `Flaget ${quoted?.split(" ")[0] ?? ""} tager ingen værdi; skriv det alene.`;
      return `Flaget ${quoted?.split(" ")[0] ?? ""} skal have en værdi efter sig, fx --title "Morgenmøde".`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `Kommandoen forstår ikke "${quoted ?? ""}": alt skal gives med et flag foran, fx --title "${quoted ?? "Morgenmøde"}".`;
    default:
      return `Kommandoen forstår ikke argumenterne (${error.message}).`;
  }
}

function parsePerson(value: string): { person?: PersonAnswer; problem?: Problem } {
  const parts = value.split("|").map((part) => part.trim());
  if (parts.length > 3) {
    return {
      problem: {
        file: FLAGS,
        field: "--speaker",
        message: `er "${value}", som har mere end tre dele.`,
        hint: 'Skriv navn|stilling|organisation, fx --speaker "Jon Kiellberg|Direktør|ReMind".',
      },
    };
  }
  const [name = "", role = "", organisation = ""] = parts;
  return {
    person: { name, ...(role === "" ? {} : { role }), ...(organisation === "" ? {} : { organisation }) },
  };
}

function parseGoal(value: string): { goal?: number; problem?: Problem } {
  if (/^\s*\d+\s*$/.test(value)) return { goal: Number(value) };
  return {
    problem: { file: FLAGS, field: "--sdg", message: `er "${value}", som ikke er et tal.`, hint: "Skriv verdensmålets nummer fra 1 til 17, fx --sdg 17." },
  };
}

/** A clock time given as `--start` or `--end`, read as the prompt reads it (8.30, 8:30, 08:30), written `HH:MM`. */
function parseTime(flag: "--start" | "--end", value: string): { time?: string; problem?: Problem } {
  const time = typedClockTime(value);
  if (time !== undefined) return { time };
  return {
    problem: { file: FLAGS, field: flag, message: `er "${withoutQuotes(value)}", som ikke er et klokkeslæt.`, hint: `Skriv timer og minutter, fx ${flag} 8.30 eller ${flag} 08:30.` },
  };
}

/**
 * Reads the command line. `interactive` when no flag is given and a person is at
 * the terminal; flags otherwise (a script, a test, a pipe). Values are read, not
 * checked: the post schema checks them when the file is made.
 */
export function parseNewPostArgs(args: readonly string[], { today, isTerminal }: { today: string; isTerminal: boolean }): NewPostRequest {
  const parse = () => parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false });
  let values: ReturnType<typeof parse>["values"];
  try {
    ({ values } = parse());
  } catch (error) {
    return { kind: "usage", message: danishParseError(error as Error & { code?: string }) };
  }
  if (values.help === true) return { kind: "help" };
  if (args.length === 0) {
    return isTerminal
      ? { kind: "interactive" }
      : { kind: "usage", message: "Der er ingen terminal at stille spørgsmål i, så indlægget skal beskrives med flag, mindst --title." };
  }
  if (values.title === undefined) return { kind: "usage", message: "--title mangler: et indlæg skal have en titel." };

  const problems: Problem[] = [];
  const speakers = (values.speaker ?? []).flatMap((value) => {
    const { person, problem } = parsePerson(value);
    if (problem) problems.push(problem);
    return person === undefined ? [] : [person];
  });
  const sdgs = (values.sdg ?? []).flatMap((value) => {
    const { goal, problem } = parseGoal(value);
    if (problem) problems.push(problem);
    return goal === undefined ? [] : [goal];
  });
  const date = values.date ?? today;
  const meetingGiven = [values["meeting-date"], values.start, values.end, values.venue, values.address].some((value) => value !== undefined);
  if (values.address !== undefined && values.venue === undefined) {
    problems.push({ file: FLAGS, field: "--address", message: "er givet uden --venue.", hint: "Skriv også stedets navn med --venue." });
  }
  const readTime = (flag: "--start" | "--end", value: string | undefined) => {
    if (value === undefined) return undefined;
    const { time, problem } = parseTime(flag, value);
    if (problem) problems.push(problem);
    return time;
  };
  const start = readTime("--start", values.start);
  const end = readTime("--end", values.end);
  const meeting: NewPost["meeting"] = meetingGiven
    ? {
        date: values["meeting-date"] ?? date,
        ...(start === undefined ? {} : { start }),
        ...(end === undefined ? {} : { end }),
        ...(values.venue === undefined
          ? {}
          : { venue: { name: values.venue, ...(values.address === undefined ? {} : { address: values.address }) } }),
      }
    : undefined;
  return {
    kind: "flags",
    post: {
      title: values.title,
      date,
      ...(meeting === undefined ? {} : { meeting }),
      speakers,
      tags: values.tag ?? [],
      sdgs,
      draft: values.draft === true,
    },
    problems,
  };
}
