import { SDG_NAMES } from "../content/sdgs.ts";
import { formatClockRange, formatLongDate } from "../dates/format.ts";

/** React's createElement as Decap hands it out (`window.h`): tag, attributes, children. */
export type CreateElement<Node> = (tag: string, attributes: Record<string, unknown> | null, ...children: unknown[]) => Node;

type Data = Record<string, unknown>;

const textOf = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value : undefined);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const objectOf = (value: unknown): Data | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Data) : undefined;

/** A date the way the post page writes it, or the text as typed while it is not a date yet. */
function longDate(value: string, zone: string): string {
  try {
    return formatLongDate(value, zone);
  } catch {
    return value;
  }
}

function clockRange(start: string, end: string | undefined): string {
  try {
    return formatClockRange(start, end);
  } catch {
    return end === undefined ? start : `${start}–${end}`;
  }
}

/**
 * A post in the editor's preview pane, built like `layouts/post.njk` (the same
 * classes, so the site's stylesheet applies): title and date, the meeting's
 * facts, the mission, the speakers, the text (`body`, rendered by Decap), the
 * outcomes, the goals and the topics. Half-typed values are shown as typed.
 */
export function postPreview<Node>(h: CreateElement<Node>, data: Data, body: unknown, zone: string): Node {
  const title = textOf(data.title) ?? "";
  const date = textOf(data.date);
  const meeting = objectOf(data.meeting);
  const mission = textOf(data.mission);
  const speakers = listOf(data.speakers).map(objectOf).filter((person) => person !== undefined);
  const outcomes = objectOf(data.outcomes);
  const sdgs = listOf(data.sdgs).filter((goal): goal is number => typeof goal === "number");
  const tags = listOf(data.tags).map(textOf).filter((tag) => tag !== undefined);

  const people = (list: Data[]) =>
    h(
      "ul",
      { className: "people" },
      ...list.map((person, index) => {
        const affiliation = [textOf(person.role), textOf(person.organisation)].filter(Boolean).join(", ");
        return h(
          "li",
          { className: "person", key: index },
          h("span", { className: "person-name" }, textOf(person.name) ?? ""),
          affiliation === "" ? null : h("span", { className: "person-affiliation" }, affiliation),
        );
      }),
    );
  const fact = (term: string, value: string | undefined) =>
    value === undefined ? null : h("div", { key: term }, h("dt", null, term), h("dd", null, value));
  const section = (className: string, heading: string, ...children: unknown[]) =>
    h("section", { className }, h("h2", null, heading), ...children);

  const meetingDate = meeting === undefined ? undefined : textOf(meeting.date);
  const meetingStart = meeting === undefined ? undefined : textOf(meeting.start);
  const venue = objectOf(meeting?.venue);
  const venueText = [textOf(venue?.name), textOf(venue?.address)].filter(Boolean).join(", ");
  const taskForce = listOf(outcomes?.taskForce).map(objectOf).filter((person) => person !== undefined);
  const actions = listOf(outcomes?.actions).map(textOf).filter((action) => action !== undefined);
  const deadline = textOf(outcomes?.deadline);

  return h(
    "main",
    { className: "content" },
    h(
      "article",
      { className: "post" },
      h(
        "header",
        { className: "post-header" },
        data.draft === true ? h("p", { className: "badge badge-draft" }, "Kladde") : null,
        h("h1", null, title),
        date === undefined ? null : h("p", { className: "post-date" }, "Udgivet ", h("time", { dateTime: date }, longDate(date, zone))),
        meeting === undefined
          ? null
          : h(
              "dl",
              { className: "meeting-facts" },
              fact(
                "Dato",
                meetingDate === undefined
                  ? undefined
                  : longDate(meetingDate, zone) + (meetingStart === undefined ? "" : `, ${clockRange(meetingStart, textOf(meeting.end))}`),
              ),
              fact("Sted", venueText === "" ? undefined : venueText),
              fact("Netværksgruppe", textOf(meeting.network)),
              fact("Vært", textOf(meeting.host)),
            ),
      ),
      mission === undefined ? null : section("mission", "Mødets mission", h("blockquote", null, h("p", null, mission))),
      speakers.length === 0 ? null : section("speakers", "Oplægsholdere", people(speakers)),
      h("div", { className: "post-body" }, body),
      outcomes === undefined
        ? null
        : section(
            "outcomes",
            "Resultater",
            textOf(outcomes.summary) === undefined ? null : h("p", null, textOf(outcomes.summary)),
            taskForce.length === 0 ? null : h("h3", null, "Task force (ressourcepersoner)"),
            taskForce.length === 0 ? null : people(taskForce),
            actions.length === 0 ? null : h("h3", null, "Aftalte handlinger"),
            actions.length === 0 ? null : h("ul", { className: "actions" }, ...actions.map((action, index) => h("li", { key: index }, action))),
            deadline === undefined ? null : h("p", { className: "deadline" }, `Frist: ${longDate(deadline, zone)}`),
          ),
      sdgs.length === 0
        ? null
        : section(
            "sdgs",
            "Verdensmål",
            h(
              "ul",
              { className: "sdg-list" },
              ...sdgs.map((goal) =>
                h("li", { className: `sdg sdg-${goal}`, key: goal }, h("span", { className: "sdg-number" }, String(goal)), ` ${SDG_NAMES[goal] ?? ""}`),
              ),
            ),
          ),
      tags.length === 0 ? null : section("tags", "Emner", h("ul", { className: "tag-list" }, ...tags.map((tag) => h("li", { key: tag }, tag)))),
    ),
  );
}
