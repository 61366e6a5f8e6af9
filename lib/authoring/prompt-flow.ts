import { SDG_NAMES } from "../content/sdgs.ts";
import { addressProblem } from "./create-post.ts";
import { endsNoLaterThanStart, typedClockTime, withoutQuotes } from "../dates/clock-time.ts";
import { checkField } from "./field-check.ts";
import type { NewPost, PersonAnswer } from "./new-post.ts";

/** One question answered with a line of text. */
export interface TextQuestion {
  message: string;
  /** Shown greyed out while the answer is empty. */
  placeholder?: string;
  /** Filled in, ready to accept with Enter or edit. */
  initialValue?: string;
  /** A Danish explanation when the answer cannot be used; undefined accepts it. */
  validate: (answer: string) => string | undefined;
}

/** A choice of numbered options, e.g. the goals. */
export interface ChoiceQuestion {
  message: string;
  options: ReadonlyArray<{ value: number; label: string }>;
}

/**
 * The prompts the flow asks with: @clack/prompts in a terminal, a script in tests.
 * Each rejects with `PromptCancelled` when the person cancels (Ctrl-C).
 */
export interface Prompts {
  text(question: TextQuestion): Promise<string>;
  /** Any number of the options, none included. */
  multiselect(question: ChoiceQuestion): Promise<number[]>;
  confirm(question: { message: string; initialValue: boolean }): Promise<boolean>;
  /** A notice between questions. */
  warn(message: string): void;
}

/** The person cancelled: nothing is to be written. */
export class PromptCancelled extends Error {
  override readonly name = "PromptCancelled";
  constructor() {
    super("Afbrudt.");
  }
}

export interface FlowContext {
  /** Today in the site's zone, `YYYY-MM-DD`: the suggested publication date. */
  today: string;
  /** Addresses existing posts are published at, with their files. */
  addresses: ReadonlyMap<string, string>;
}

/** An answer that may be left empty; a filled-in one must pass the field's check. */
const optional = (check: (answer: string) => string | undefined) => (answer: string) =>
  answer.trim() === "" ? undefined : check(answer.trim());

const orUndefined = (answer: string) => (answer.trim() === "" ? undefined : answer.trim());

/**
 * Why a typed time cannot be used, in the prompt's words: any of 08:30, 8:30,
 * 8.30 or "08:30" is fine, and the file gets "08:30", so quotes are never asked for.
 */
function notAClockTime(answer: string): string | undefined {
  if (typedClockTime(answer) !== undefined) return undefined;
  // Echoed without the quotes the person typed, or they would show doubled.
  return `Svaret "${withoutQuotes(answer)}" er ikke et klokkeslæt. Skriv timer og minutter, fx 8.30 eller 08:30.`;
}

/** Why an end time cannot be used after `start`: it is not later. */
function endNotAfter(start: string, answer: string): string | undefined {
  const end = typedClockTime(answer);
  if (end === undefined || !endsNoLaterThanStart(start, end)) return undefined;
  return `Svaret ${end} ligger ikke efter starttidspunktet ${start}. Skriv hvornår mødet sluttede, fx 10.00.`;
}

/** Splits "a, b, c" into its parts, leaving out empty ones. */
export function splitList(answer: string): string[] {
  return answer
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

async function askPeople(prompts: Prompts): Promise<PersonAnswer[]> {
  const people: PersonAnswer[] = [];
  for (;;) {
    const number = people.length + 1;
    const name = await prompts.text({
      message: `Oplægsholder ${number}: fulde navn (tom linje, når der ikke er flere)`,
      placeholder: "fx Jesper Bering Kristensen",
      validate: optional((answer) => checkField(["speakers", 0, "name"], answer)),
    });
    if (name.trim() === "") return people;
    const role = await prompts.text({
      message: `Oplægsholder ${number}: stilling (kan stå tom)`,
      placeholder: "fx Direktør",
      validate: optional((answer) => checkField(["speakers", 0, "role"], answer)),
    });
    const organisation = await prompts.text({
      message: `Oplægsholder ${number}: organisation (kan stå tom)`,
      placeholder: "fx IBM Danmark",
      validate: optional((answer) => checkField(["speakers", 0, "organisation"], answer)),
    });
    const url = await prompts.text({
      message: `Oplægsholder ${number}: webadresse om personen (kan stå tom)`,
      placeholder: "fx https://www.ibm.com/dk-da",
      validate: optional((answer) => checkField(["speakers", 0, "url"], answer)),
    });
    people.push({
      name: name.trim(),
      ...(orUndefined(role) === undefined ? {} : { role: role.trim() }),
      ...(orUndefined(organisation) === undefined ? {} : { organisation: organisation.trim() }),
      ...(orUndefined(url) === undefined ? {} : { url: url.trim() }),
    });
  }
}

async function askMeeting(prompts: Prompts, publicationDate: string): Promise<NewPost["meeting"]> {
  const date = await prompts.text({
    message: "Mødets dato, år-måned-dag (tom, hvis indlægget ikke handler om et møde)",
    initialValue: publicationDate,
    validate: optional((answer) => checkField(["meeting", "date"], answer)),
  });
  if (date.trim() === "") return undefined;
  const startAnswer = await prompts.text({
    message: "Mødets starttidspunkt, fx 8.30 (kan stå tomt)",
    placeholder: "fx 08:30",
    validate: optional((answer) => notAClockTime(answer)),
  });
  const start = typedClockTime(startAnswer);
  const endAnswer =
    start === undefined
      ? ""
      : await prompts.text({
          message: "Mødets sluttidspunkt, fx 10.00 (kan stå tomt)",
          placeholder: "fx 10:00",
          validate: optional((answer) => notAClockTime(answer) ?? endNotAfter(start, answer)),
        });
  const end = typedClockTime(endAnswer);
  const venueName = orUndefined(
    await prompts.text({
      message: "Stedets navn (kan stå tomt)",
      placeholder: "fx Frivilligcenter Vesterbro/Kgs. Enghave/Valby",
      validate: optional((answer) => checkField(["meeting", "venue", "name"], answer)),
    }),
  );
  const address =
    venueName === undefined
      ? undefined
      : orUndefined(
          await prompts.text({
            message: "Stedets adresse (kan stå tom)",
            placeholder: "fx Eksempelvej 12, 1620 København V",
            validate: optional((answer) => checkField(["meeting", "venue", "address"], answer)),
          }),
        );
  return {
    date: date.trim(),
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
    ...(venueName === undefined ? {} : { venue: { name: venueName, ...(address === undefined ? {} : { address }) } }),
  };
}

/**
 * Asks for a new post, question by question, each answer checked by the build's
 * own rules before the next question. Rejects with PromptCancelled if cancelled.
 */
export async function askForPost(prompts: Prompts, context: FlowContext): Promise<NewPost> {
  // The address depends on the year, known for certain only once the date is given:
  // the title is checked against today's year as it is typed, and again after the
  // date, when it is asked for once more with the typed title ready to edit.
  const askTitle = (date: string, typed?: string) =>
    prompts.text({
      message: "Indlæggets titel",
      placeholder: "fx Morgenmøde om frivillighed i små virksomheder",
      ...(typed === undefined ? {} : { initialValue: typed }),
      validate: (answer) => checkField(["title"], answer) ?? takenTitle(answer.trim(), date, context.addresses),
    });
  let title = (await askTitle(context.today)).trim();
  const date = (
    await prompts.text({
      message: "Udgivelsesdato, år-måned-dag (en dato frem i tiden udgives først den dag)",
      initialValue: context.today,
      validate: (answer) => checkField(["date"], answer.trim()),
    })
  ).trim();
  const taken = takenTitle(title, date, context.addresses);
  if (taken !== undefined) {
    prompts.warn(taken);
    title = (await askTitle(date, title)).trim();
  }
  const summary = orUndefined(
    await prompts.text({
      message: "Resumé til forsiden og søgeresultater, en eller to sætninger (kan stå tomt)",
      placeholder: "fx Netværket satte frivillighed på dagsordenen.",
      validate: optional((answer) => checkField(["summary"], answer)),
    }),
  );
  const meeting = await askMeeting(prompts, date);
  const mission =
    meeting === undefined
      ? undefined
      : orUndefined(
          await prompts.text({
            message: "Mødets mission i én sætning (kan stå tom)",
            placeholder: "fx At sikre et oplyst grundlag for en tværfaglig dialog.",
            validate: optional((answer) => checkField(["mission"], answer)),
          }),
        );
  const speakers = await askPeople(prompts);
  const tags = splitList(
    await prompts.text({
      message: "Emner, adskilt af komma (kan stå tomt)",
      placeholder: "fx Corporate Volunteering, Partnerskaber",
      validate: (answer) => checkField(["tags"], splitList(answer)),
    }),
  );
  const sdgs = await prompts.multiselect({
    message: "Verdensmål (mellemrum vælger, Enter går videre; ingen er også fint)",
    options: Object.entries(SDG_NAMES).map(([goal, name]) => ({ value: Number(goal), label: `${goal} ${name}` })),
  });
  const draft = await prompts.confirm({ message: "Gem som kladde (vises kun med npm start)?", initialValue: false });
  return {
    title,
    date,
    ...(summary === undefined ? {} : { summary }),
    ...(meeting === undefined ? {} : { meeting }),
    ...(mission === undefined ? {} : { mission }),
    speakers,
    tags,
    sdgs,
    draft,
  };
}

/** Why a title cannot be used on this date, in the prompt's words: another post has its address. */
function takenTitle(title: string, date: string, addresses: ReadonlyMap<string, string>): string | undefined {
  const taken = addressProblem({ title, date }, addresses);
  return taken === undefined ? undefined : `Titlen ${taken.message} ${taken.hint ?? ""}`.trim();
}
