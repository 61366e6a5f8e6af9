import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../lib/validation/problems.ts";
import { buildOrganisationIndex, organisationWarnings } from "../../../lib/organisations/organisation-index.ts";
import { loadedPost } from "../../helpers/loaded-post.ts";

const older = loadedPost("content/posts/2018/a.md", {
  title: "Første",
  date: "2018-10-05",
  speakers: [
    { name: "Jesper Bering Kristensen", role: "Direktør", organisation: "Frivilligcenter Vesterbro" },
    { name: "Anne Holm", organisation: "IBM Danmark" },
    { name: "Uden Organisation" },
  ],
  outcomes: { taskForce: [{ name: "Bo Ørsted", role: "Konsulent", organisation: "IBM Danmark" }] },
});
const newer = loadedPost("content/posts/2019/b.md", {
  title: "Andet",
  date: "2019-03-01",
  speakers: [{ name: "Anne Holm", organisation: "IBM Danmark" }, { name: "Åse Berg", organisation: "Aarhus Kommune" }],
});

describe("buildOrganisationIndex", () => {
  const index = buildOrganisationIndex([older, newer]);

  it("lists each organisation once, in Danish alphabetical order (Aa as Å, last)", () => {
    expect(index.organisations.map((o) => o.name)).toEqual(["Frivilligcenter Vesterbro", "IBM Danmark", "Aarhus Kommune"]);
    expect(index.byName.get("IBM Danmark")?.slug).toBe("ibm-danmark");
  });

  it("gives each organisation its meetings newest first, with the people and their roles from that post", () => {
    const ibm = index.byName.get("IBM Danmark");
    expect(ibm?.meetings.map((meeting) => meeting.post.file)).toEqual(["content/posts/2019/b.md", "content/posts/2018/a.md"]);
    expect(ibm?.meetings[1]?.members).toEqual([
      { name: "Anne Holm", capacity: "speaker" },
      { name: "Bo Ørsted", capacity: "taskForce", role: "Konsulent" },
    ]);
  });

  it("gives names that share a slug distinct addresses, the older name the plain one", () => {
    const later = loadedPost("content/posts/2020/c.md", { title: "C", date: "2020-01-01", speakers: [{ name: "X", organisation: "IBM danmark" }] });
    const { byName } = buildOrganisationIndex([later, older]);
    expect(byName.get("IBM Danmark")?.slug).toBe("ibm-danmark");
    expect(byName.get("IBM danmark")?.slug).toBe("ibm-danmark-2");
  });
});

describe("organisationWarnings", () => {
  it("warns about an organisation spelled with other case, accents or spacing, naming both files and fields", () => {
    const later = loadedPost("content/posts/2020/c.md", {
      title: "C",
      date: "2020-01-01",
      outcomes: { taskForce: [{ name: "Y", organisation: "Frivilligcenter  vesterbro" }] },
    });
    const warnings = organisationWarnings([later, older]);
    expect(warnings).toHaveLength(1);
    expect(formatProblem(warnings[0]!)).toBe(
      'content/posts/2020/c.md: 1. person i task forcen (outcomes.taskForce[0]), felt "organisation" er "Frivilligcenter  vesterbro", men i content/posts/2018/a.md (speakers[0].organisation) er organisationens navn skrevet "Frivilligcenter Vesterbro". ' +
        "Navnene er ens, bortset fra store og små bogstaver, accenter eller mellemrum, så de bliver til to forskellige organisationer. " +
        "Er det den samme organisation, så skriv navnet ens alle steder.",
    );
  });

  it("is silent when every organisation is written alike", () => {
    expect(organisationWarnings([older, newer])).toEqual([]);
  });
});
