import { z } from "zod";
import { documented } from "../validation/field-docs.ts";
import { calendarDate, clockTime, text, webAddress } from "../validation/field-types.ts";
import { endsNoLaterThanStart } from "../dates/clock-time.ts";

/** Where a meeting or an activity is held; posts and the activity calendar share it. */
export const venueSchema = z.strictObject({
  name: documented(text(), {
    label: "stedets navn",
    hint: 'Skriv stedets navn, fx "Frivilligcenter Vesterbro/Kgs. Enghave/Valby".',
    example: "Frivilligcenter Vesterbro/Kgs. Enghave/Valby",
    required: true,
  }),
  address: documented(text().optional(), {
    label: "stedets adresse",
    hint: 'Skriv gade, nummer, postnummer og by, fx "Eksempelvej 12, 1620 København V".',
    example: "Eksempelvej 12, 1620 København V",
  }),
});

const personSchema = z.strictObject({
  name: documented(text(), {
    label: "personens fulde navn",
    hint: 'Skriv personens fulde navn, fx "Jesper Bering Kristensen".',
    example: "Jesper Bering Kristensen",
    required: true,
  }),
  role: documented(text().optional(), {
    label: "personens stilling",
    hint: 'Skriv personens stilling, fx "Direktør".',
    example: "Corporate Citizenship Project Manager",
  }),
  organisation: documented(text().optional(), {
    label: "organisationen, personen kommer fra",
    hint: 'Skriv organisationens navn, fx "IBM Danmark".',
    example: "IBM Danmark",
  }),
  url: documented(webAddress().optional(), {
    label: "en webadresse om personen",
    hint: 'Skriv en hel webadresse, der begynder med https://, fx "https://www.ibm.com/dk-da".',
    example: "https://www.ibm.com/dk-da",
  }),
});

const meetingSchema = z
  .strictObject({
    date: documented(calendarDate(), {
      label: "mødets dato",
      hint: "Skriv datoen som år-måned-dag, fx 2018-10-05.",
      example: "2018-10-05",
      required: true,
    }),
    start: documented(clockTime().optional(), {
      label: "mødets starttidspunkt",
      hint: 'Skriv klokkeslættet som timer:minutter i anførselstegn, fx "08:30".',
      example: '"08:30"',
    }),
    end: documented(clockTime().optional(), {
      label: "mødets sluttidspunkt",
      hint: 'Skriv klokkeslættet som timer:minutter i anførselstegn, fx "10:00".',
      example: '"10:00"',
    }),
    venue: documented(
      venueSchema.optional(),
      {
        label: "hvor mødet blev holdt",
        hint: "Skriv stedet med et navn (name) og evt. en adresse (address) på linjerne under.",
        example: "(se name og address)",
      },
    ),
    network: documented(text().optional(), {
      label: "netværksgruppen, der holdt mødet",
      hint: 'Skriv netværksgruppens navn, fx "Corporate Social Responsibility & Co-Creation".',
      example: "Corporate Social Responsibility & Co-Creation",
    }),
    host: documented(text().optional(), {
      label: "organisationen, der var vært",
      hint: 'Skriv værtens navn, fx "Frivilligcenter Vesterbro/Kgs. Enghave/Valby".',
      example: "Frivilligcenter Vesterbro/Kgs. Enghave/Valby",
    }),
  })
  .superRefine((meeting, ctx) => {
    if (meeting.start !== undefined && meeting.end !== undefined && endsNoLaterThanStart(meeting.start, meeting.end)) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `er ${meeting.end}, som ikke ligger efter starttidspunktet ${meeting.start}.`,
      });
    }
  });

const outcomesSchema = z.strictObject({
  summary: documented(text().optional(), {
    label: "kort fortalt, hvad mødet førte til",
    hint: "Skriv en eller to sætninger om, hvad mødet førte til.",
    example: "Der blev etableret en tværfaglig task force.",
  }),
  taskForce: documented(z.array(personSchema).optional(), {
    label: "task forcens ressourcepersoner",
    hint: "Skriv hver person på sin egen linje med bindestreg, med name, role og organisation.",
    example: "(som speakers)",
  }),
  actions: documented(z.array(text()).optional(), {
    label: "de handlinger, mødet aftalte",
    hint: "Skriv hver handling på sin egen linje, der begynder med bindestreg.",
    example: "- Udarbejde en fælles projektbeskrivelse",
  }),
  deadline: documented(calendarDate().optional(), {
    label: "fristen for handlingerne",
    hint: "Skriv datoen som år-måned-dag, fx 2018-12-20.",
    example: "2018-12-20",
  }),
});

/** The number of the UN Sustainable Development Goals. */
export const SDG_COUNT = 17;

/** The front matter of a post: one schema, from which types, validation and the guide follow. */
export const postSchema = z.strictObject({
  title: documented(text(), {
    label: "indlæggets titel",
    hint: 'Skriv en titel, fx "Årets sidste netværksmøde".',
    example: "Årets sidste netværksmøde",
    required: true,
  }),
  date: documented(calendarDate(), {
    label: "udgivelsesdatoen",
    hint: "Skriv datoen som år-måned-dag, fx 2018-10-05.",
    example: "2018-10-05",
    required: true,
  }),
  summary: documented(text().optional(), {
    label: "et kort resumé til forsiden og søgeresultater",
    hint: "Skriv et resumé på en eller to sætninger.",
    example: "Netværket satte Corporate Volunteering på dagsordenen.",
  }),
  tags: documented(z.array(text()).optional(), {
    label: "indlæggets emner",
    hint: "Skriv emnerne som en liste i firkantede parenteser, fx [Frivillighed, Partnerskaber].",
    example: "[Corporate Volunteering, Partnerskaber]",
  }),
  draft: documented(z.boolean().optional(), {
    label: "om indlægget er en kladde, der ikke udgives",
    hint: "Skriv true for en kladde eller false for et færdigt indlæg.",
    example: "true",
  }),
  meeting: documented(meetingSchema.optional(), {
    label: "mødet, indlægget handler om",
    hint: "Skriv mødets oplysninger (date, start, end, venue, network, host) på linjerne under, rykket ind.",
    example: "(se felterne herunder)",
  }),
  mission: documented(text().optional(), {
    label: "mødets mission",
    hint: "Skriv missionen som én sætning i anførselstegn.",
    example: '"At sikre et oplyst grundlag for en tværfaglig dialog …"',
  }),
  speakers: documented(z.array(personSchema).optional(), {
    label: "oplægsholderne",
    hint: "Skriv hver oplægsholder på sin egen linje med bindestreg, med name, role og organisation.",
    example: "(se felterne herunder)",
  }),
  outcomes: documented(outcomesSchema.optional(), {
    label: "hvad mødet førte til",
    hint: "Skriv resultaterne (summary, taskForce, actions, deadline) på linjerne under, rykket ind.",
    example: "(se felterne herunder)",
  }),
  sdgs: documented(
    z
      .array(z.number().int().min(1).max(SDG_COUNT))
      .optional()
      .superRefine((goals, ctx) => {
        const seen = new Set<number>();
        for (const [index, goal] of (goals ?? []).entries()) {
          if (seen.has(goal)) {
            ctx.addIssue({ code: "custom", path: [index], message: `nævner verdensmål ${goal} igen.` });
          }
          seen.add(goal);
        }
      }),
    {
      label: "de verdensmål, mødet arbejder for",
      hint: `Skriv verdensmålenes numre fra 1 til ${SDG_COUNT} som en liste, fx [17] eller [8, 17].`,
      example: "[17]",
    },
  ),
});

/** A post's front matter once validated. */
export type PostFrontMatter = z.infer<typeof postSchema>;
