import { z } from "zod";
import { documented } from "../validation/field-docs.ts";
import { calendarDate, clockTime, text } from "../validation/field-types.ts";
import { endsNoLaterThanStart } from "../dates/clock-time.ts";
import { LAYOUT_IDS } from "../site/layout-ids.ts";
import { venueSchema } from "../content/post-schema.ts";

/** The kinds of activity the network holds, as written in the file, with the label the page shows. */
export const ACTIVITY_KINDS = {
  morgenmøde: "Morgenmøde",
  netværksmøde: "Netværksmøde",
  folkemødet: "Folkemødet",
  lancering: "Lancering",
  frist: "Frist",
  andet: "Andet",
} as const;

export type ActivityKind = keyof typeof ACTIVITY_KINDS;

/** How sure an activity is, by its code, with the label the page shows (GLOSSARY). */
export const ACTIVITY_STATUSES = {
  confirmed: "Bekræftet",
  tentative: "Foreløbig – dato følger",
  cancelled: "Aflyst",
} as const;

export type ActivityStatus = keyof typeof ACTIVITY_STATUSES;

/**
 * A status as the file says it: in Danish, like the kinds, or in the English the
 * first calendar files were written in (still read, so they keep building). The
 * page, the feeds and the templates work with the codes.
 */
export const STATUS_WORDS = {
  bekræftet: "confirmed",
  foreløbig: "tentative",
  aflyst: "cancelled",
  confirmed: "confirmed",
  tentative: "tentative",
  cancelled: "cancelled",
} as const satisfies Record<string, ActivityStatus>;

/** The Danish status words, which the guide and the messages teach. */
const DANISH_STATUS_WORDS = ["bekræftet", "foreløbig", "aflyst"] as const;

/** The kind a post's meeting gets on the calendar when no activity in the file describes it. */
export const POST_MEETING_KIND: ActivityKind = "netværksmøde";

const KIND_VALUES = Object.keys(ACTIVITY_KINDS) as [ActivityKind, ...ActivityKind[]];
const STATUS_VALUES = Object.keys(STATUS_WORDS) as [keyof typeof STATUS_WORDS, ...Array<keyof typeof STATUS_WORDS>];

/**
 * An id that reads well in a link (`/kalender/2019/#morgenmoede-marts`) and a file
 * name (`morgenmoede-marts.ics`): lower-case letters a–z, digits and single hyphens.
 */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Anchors the layouts use themselves, and every `kalender-` id, kept for the
 * calendar page's own: an activity with one of these ids would make its link jump
 * to the wrong place.
 */
export function isReservedId(id: string): boolean {
  return LAYOUT_IDS.has(id) || id.startsWith("kalender-");
}

const activitySchema = z
  .strictObject({
    id: documented(
      z.string().superRefine((id, ctx) => {
        if (!ID_PATTERN.test(id)) {
          ctx.addIssue({
            code: "custom",
            message: `er "${id}", men må kun indeholde små bogstaver a–z, tal og bindestreger (ingen æ, ø, å eller mellemrum).`,
          });
        } else if (isReservedId(id)) {
          ctx.addIssue({ code: "custom", message: `er "${id}", som siden selv bruger.` });
        }
      }),
      {
        label: "aktivitetens faste navn i links og kalenderfiler",
        hint: 'Skriv et kort navn med små bogstaver og bindestreger, fx "morgenmoede-marts". Ændr det ikke, når aktiviteten først er offentliggjort: links og abonnenters kalendere bruger det.',
        example: "morgenmoede-marts",
        required: true,
      },
    ),
    title: documented(text(), {
      label: "aktivitetens titel",
      hint: 'Skriv en titel, fx "Morgenmøde om frivillighed".',
      example: "Morgenmøde om frivillighed",
      required: true,
    }),
    date: documented(calendarDate().optional(), {
      label: "aktivitetens dato",
      hint: "Skriv datoen som år-måned-dag, fx 2019-03-01. Kun en aktivitet med status foreløbig kan stå uden dato.",
      example: "2019-03-01",
      formHint: "Vælg aktivitetens dato. Kun en foreløbig aktivitet kan stå uden dato.",
    }),
    endDate: documented(calendarDate().optional(), {
      label: "sidste dag, når aktiviteten varer flere dage",
      hint: "Skriv den sidste dag som år-måned-dag, fx 2019-06-16. En aktivitet over flere dage står uden klokkeslæt.",
      example: "2019-06-16",
    }),
    start: documented(clockTime().optional(), {
      label: "starttidspunktet",
      hint: 'Skriv klokkeslættet som timer:minutter i anførselstegn, fx "08:30". Uden start varer aktiviteten hele dagen.',
      example: '"08:30"',
      formHint: "Skriv klokkeslættet som timer:minutter, fx 08:30. Uden start varer aktiviteten hele dagen.",
    }),
    end: documented(clockTime().optional(), {
      label: "sluttidspunktet",
      hint: 'Skriv klokkeslættet som timer:minutter i anførselstegn, fx "10:00".',
      example: '"10:00"',
      formHint: "Skriv klokkeslættet som timer:minutter, fx 10:00.",
    }),
    venue: documented(venueSchema.optional(), {
      label: "hvor aktiviteten holdes",
      hint: "Skriv stedet med et navn (name) og evt. en adresse (address) på linjerne under.",
      example: "(se name og address)",
      formHint: "Skriv stedets navn og evt. dets adresse.",
    }),
    kind: documented(z.enum(KIND_VALUES), {
      label: "hvilken slags aktivitet det er",
      hint: `Skriv en af: ${KIND_VALUES.join(", ")}.`,
      example: "morgenmøde",
      formHint: "Vælg, hvilken slags aktivitet det er.",
      optionLabels: ACTIVITY_KINDS,
      required: true,
    }),
    description: documented(text().optional(), {
      label: "en kort beskrivelse",
      multiline: true,
      hint: "Skriv en eller to sætninger om aktiviteten.",
      example: "Oplæg og dialog om Corporate Volunteering.",
    }),
    status: documented(z.enum(STATUS_VALUES).transform((word) => STATUS_WORDS[word]), {
      label: "om aktiviteten er bekræftet, foreløbig eller aflyst",
      hint: `Skriv en af: ${DANISH_STATUS_WORDS.join(", ")} (foreløbig: dato følger).`,
      example: "bekræftet",
      formHint: "Vælg, om aktiviteten er bekræftet, foreløbig (dato følger) eller aflyst.",
      optionLabels: { bekræftet: "Bekræftet", foreløbig: "Foreløbig (dato følger)", aflyst: "Aflyst" },
      required: true,
    }),
    post: documented(text().optional(), {
      label: "indlægget om aktiviteten",
      hint: "Skriv indlæggets fil, fx content/posts/2019/2019-03-01-morgenmoede.md, eller dets adresse, fx /2019/morgenmoede-om-frivillighed/.",
      example: "/2019/morgenmoede-om-frivillighed/",
    }),
  })
  .superRefine((activity, ctx) => {
    if (activity.date === undefined && activity.status !== "tentative") {
      ctx.addIssue({
        code: "custom",
        path: ["date"],
        // The field's hint says that only a tentative activity may go without one.
        message: "mangler.",
      });
    }
    if (activity.endDate !== undefined) {
      if (activity.date === undefined) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "er angivet, men aktiviteten har ingen dato (date) at begynde på." });
      } else if (activity.endDate <= activity.date) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: `er ${activity.endDate}, som ikke ligger efter aktivitetens første dag ${activity.date}.` });
      } else if (activity.endDate.slice(0, 4) !== activity.date.slice(0, 4)) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: `er ${activity.endDate}, i et andet år end første dag ${activity.date}. Del aktiviteten op, én i hvert års kalender.` });
      }
      if (activity.start !== undefined) {
        ctx.addIssue({ code: "custom", path: ["start"], message: "er angivet for en aktivitet over flere dage (endDate). Slet start og end, eller slet endDate." });
      }
    }
    if (activity.date === undefined && activity.start !== undefined) {
      ctx.addIssue({ code: "custom", path: ["start"], message: "er angivet, men aktiviteten har ingen dato." });
    }
    if (activity.end !== undefined && activity.start === undefined) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "er angivet uden et starttidspunkt (start)." });
    }
    if (activity.start !== undefined && activity.end !== undefined && endsNoLaterThanStart(activity.start, activity.end)) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `er ${activity.end}, som ikke ligger efter starttidspunktet ${activity.start}.`,
      });
    }
  });

/** A year's activity calendar, `data/calendar/<year>.yaml`: one schema, from which types, validation and the guide follow. */
export const calendarSchema = z.strictObject({
  description: documented(text().optional(), {
    label: "en indledning øverst på kalendersiden",
    multiline: true,
    hint: "Skriv en eller to sætninger om årets aktiviteter.",
    example: "Netværkets aktiviteter i 2019.",
  }),
  activities: documented(z.array(activitySchema), {
    label: "årets aktiviteter",
    hint: "Skriv hver aktivitet som et punkt, der begynder med bindestreg, med felterne herunder rykket ind.",
    example: "(se felterne herunder)",
    formHint: "Tilføj en aktivitet ad gangen.",
    required: true,
  }),
});

/** A calendar file once validated. */
export type CalendarFile = z.infer<typeof calendarSchema>;

/** One activity as written in a calendar file, once validated. */
export type ActivityEntry = CalendarFile["activities"][number];
