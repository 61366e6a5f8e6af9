import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCheckCommand } from "../../lib/authoring/check-command.ts";
import { checkContent } from "../../lib/authoring/check-content.ts";
import { BUILD_EPOCH, type FixtureSite, createFixtureSite, post, removeFixtureSite } from "../helpers/fixture-site.ts";
import { runCommand } from "../helpers/run-command.ts";
import { type ScriptResult, runScript } from "../helpers/run-script.ts";


/** A post nothing is wrong with, not even a warning. */
const GOOD_POST = post("Morgenmøde", "2019-03-01", 'summary: "Et resumé."');

let site: FixtureSite;
beforeEach(async () => {
  site = await createFixtureSite({ "2019/morgenmoede.md": GOOD_POST });
});
afterEach(() => removeFixtureSite(site));

/** `npm run check`'s command in the fixture, in this process, with its build date 2019-12-31. */
function runCheck(...args: string[]): Promise<ScriptResult> {
  return runCommand(runCheckCommand, args, site.root);
}

const check = (env: Record<string, string> = { SOURCE_DATE_EPOCH: BUILD_EPOCH }) =>
  checkContent({ inputDir: path.join(site.root, "content"), dataDir: path.join(site.root, "data"), env, now: () => new Date() });

describe("npm run check", () => {
  // The one run of the script itself: the tests below call its command in process.
  it("passes good content with exit code 0, as a script", async () => {
    const result = await runScript("check", [], site.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Ingen fejl: 1 indlæg, sidens indstillinger (data/site.json) og miljøvariablerne SOURCE_DATE_EPOCH, SITE_URL og PATH_PREFIX er i orden.");
    expect(result.stderr).toBe("");
  });

  it("passes good content with exit code 0", async () => {
    const result = await runCheck();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Ingen fejl: 1 indlæg, sidens indstillinger (data/site.json) og miljøvariablerne SOURCE_DATE_EPOCH, SITE_URL og PATH_PREFIX er i orden.",
    );
    expect(result.stderr).toBe("");
  });

  it("reports every error in every file with exit code 1, and builds nothing", async () => {
    await site.write("content/posts/2019/yaml.md", '---\ntitle: Møde\ndate: 2019-03-01\nmission: "Uafsluttet\n---\n');
    await site.write(
      "content/posts/2019/felter.md",
      post("Felter", "2019-02-30", 'speakrs: []\nmeeting:\n  date: 2019-03-01\n  start: "8.30"', "![Billede](mangler.jpg)"),
    );
    await site.write("content/posts/2019/billede.md", post("Billede", "2019-03-02", "", "![Billede](mangler.jpg)"));
    const result = await runCheck();
    expect(result.code).toBe(1);
    // Every file named once, its problems under it by line; the YAML mistake at the line the quote opens on.
    expect(result.stderr.split("\n")).toEqual([
      "Der er 5 fejl i indholdet. Siden kan ikke bygges, før de er rettet:",
      "",
      "content/posts/2019/billede.md",
      '  linje 6: Billedet "mangler.jpg" findes ikke i mappen ved siden af indlægget. Læg billedfilen i samme mappe som indlægget, og tjek at navnet er stavet ens (også store og små bogstaver).',
      "",
      "content/posts/2019/felter.md",
      "  linje 3: felt \"date\" er 2019-02-30, som ikke findes i kalenderen. Skriv datoen som år-måned-dag, fx 2018-10-05.",
      '  linje 4: felt "speakrs" findes ikke. Mente du "speakers"? Ret stavemåden.',
      '  linje 7: felt "meeting.start" er "8.30", men skal være et klokkeslæt skrevet timer:minutter. Skriv klokkeslættet som timer:minutter i anførselstegn, fx "08:30".',
      "",
      "content/posts/2019/yaml.md",
      '  linje 4: Et anførselstegn åbnes, men lukkes aldrig. Sæt " i slutningen af teksten: mission: "Uafsluttet"',
      '      4 | mission: "Uafsluttet',
      "        |          ^",
      "",
      "Ret fejlene, og kør npm run check igen.",
      "",
    ]);
    expect(await site.outputFiles().catch(() => "no output")).toBe("no output");
  });

  it("checks the site settings and SOURCE_DATE_EPOCH with the posts", async () => {
    await site.write("data/site.json", '{ "title": "CSR Forum", }');
    const result = await check({ SOURCE_DATE_EPOCH: "i morgen" });
    expect(result.ok).toBe(false);
    expect(result.problems).toContain("data/site.json\n  linje 1: Filen er ikke gyldig JSON. Tjek kommaer");
    expect(result.problems).toContain('miljøvariablen SOURCE_DATE_EPOCH\n  "i morgen" er ikke et helt antal sekunder siden 1. januar 1970.');
  });

  it("prints warnings without failing", async () => {
    await site.write("content/posts/2019/lang.md", post("Lang", "2019-04-01", `summary: "${"ord ".repeat(80).trim()}"\nmeeting:\n  date: 2019-04-01`, "![](billede.png)"));
    await site.write("content/posts/2019/billede.png", "ikke et rigtigt billede, men det tjekkes ikke her");
    const result = await check();
    expect(result.ok).toBe(true);
    expect(result.problems.split("\n")).toEqual([
      "3 advarsler (siden bygges alligevel, men ret dem gerne):",
      "",
      "content/posts/2019/lang.md",
      '  linje 2: felt "speakers" mangler: mødet har ingen oplægsholdere. Skriv oplægsholderne under speakers med name, role og organisation. Havde mødet ingen, kan I se bort fra advarslen.',
      '  linje 4: felt "summary" er 319 tegn lang. Skriv et resumé på højst 300 tegn; resten hører til i selve indlægget.',
      '  linje 9: Billedet "billede.png" har ingen alt-tekst. Beskriv billedet mellem de firkantede parenteser, fx ![Deltagerne rundt om bordet](billede.png).',
    ]);
  });

  it("lists scheduled posts and drafts as information", async () => {
    await site.write("content/posts/2020/planlagt.md", post("Nytårsmøde", "2020-01-01"));
    await site.write("content/posts/2019/kladde.md", post("Halvfærdig", "2019-05-01", "draft: true"));
    const result = await runCheck();
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([
      "Ingen fejl: 3 indlæg, sidens indstillinger (data/site.json) og miljøvariablerne SOURCE_DATE_EPOCH, SITE_URL og PATH_PREFIX er i orden.",
      "",
      "Planlagt (udgives af sig selv på datoen, første gang siden bygges den dag eller senere; i dag er 2019-12-31):",
      "  2020-01-01  content/posts/2020/planlagt.md  »Nytårsmøde«",
      "",
      "Kladder (udgives ikke, før draft: true er fjernet):",
      "  2019-05-01  content/posts/2019/kladde.md  »Halvfærdig«",
    ]);
  });

  it("refuses arguments it does not know with exit code 2", async () => {
    const result = await runCheck("--sitee");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Brug: npm run check");
  });
});

describe("npm run check -- --site", () => {
  // The shipped posts and calendar too, so every link of the real navigation leads somewhere.
  beforeEach(async () => {
    await removeFixtureSite(site);
    site = await createFixtureSite({ "2019/morgenmoede.md": GOOD_POST }, { keepRealPosts: true });
  });

  it("passes a freshly built site", async () => {
    await site.build();
    const result = await runCheck("--site");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Den byggede side i _site/ er i orden");
    // "Ingen fejl" names what it checked, the calendar files included.
    expect(result.stdout).toContain(
      "Ingen fejl: 2 indlæg, kalenderfilen data/calendar/2019.yaml, sidens indstillinger (data/site.json) og miljøvariablerne SOURCE_DATE_EPOCH, SITE_URL og PATH_PREFIX er i orden.",
    );
  });

  it("passes a site whose heading and meeting are called what the layout calls its main content", async () => {
    // "Indhold" is the layout's <main id="indhold">, which the skip link jumps to.
    await site.write("content/posts/2019/indhold.md", post(
      "Indhold",
      "2019-04-01",
      'summary: "Et resumé."\nmeeting:\n  date: 2019-04-01\nspeakers:\n  - name: Ida Holm\n    role: Direktør\n    organisation: Holm ApS',
      "## Indhold\n\nTekst.",
    ));
    await site.build();
    const result = await runCheck("--site");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const url of ["/2019/indhold/", "/kalender/2019/"]) {
      expect((await site.page(url)).querySelectorAll("#indhold").length, url).toBe(1);
    }
    // The heading and the calendar entry keep an anchor of their own, and links to them work.
    expect((await site.page("/2019/indhold/")).querySelector("h2 a.header-anchor")?.getAttribute("href")).toBe("#indhold-2");
    expect((await site.page("/kalender/2019/")).querySelector("#indhold-2 h3")?.textContent).toBe("Indhold");
  });

  it("finds a planted broken link and a planted broken anchor, naming page and link", async () => {
    await site.build();
    const home = path.join(site.output, "index.html");
    const html = await readFile(home, "utf8");
    await writeFile(home, html.replace("</main>", '<p><a href="/findes-ikke/">væk</a> <a href="/arkiv/#intet-anker">anker</a></p></main>'));
    const result = await runCheck("--site");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Den byggede side i _site/ har 2 fejl (2 i links, 0 i HTML)");
    expect(result.stderr).toMatch(/_site\/index\.html: a\[href\] "\/findes-ikke\/": /);
    expect(result.stderr).toMatch(/_site\/index\.html: a\[href\] "\/arkiv\/#intet-anker": /);
  });

  it("finds invalid HTML with its line", async () => {
    await site.build();
    await site.write("_site/kontakt/index.html", (await readFile(path.join(site.output, "kontakt/index.html"), "utf8")).replace("<main", "<main><div><span></div>"));
    const result = await runCheck("--site");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/_site\/kontakt\/index\.html:\d+:\d+: ugyldig HTML \([a-z-]+\): /);
  });

  it("says in one line that the site was built under another PATH_PREFIX, instead of every link", async () => {
    await site.build({ PATH_PREFIX: "/blog/" });
    const result = await runCheck("--site");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "Siden i _site/ er bygget med PATH_PREFIX=/blog/, men tjekket kører uden PATH_PREFIX. " +
        "Kør tjekket med samme PATH_PREFIX som bygningen: PATH_PREFIX=/blog/ npm run check -- --site, eller byg siden igen.",
    );
  });

  it("says to build first when there is no built site", async () => {
    const result = await runCheck("--site");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Mappen _site/ findes ikke. Byg siden først med npm run build");
  });

  it("does not look at the built site when the content has errors", async () => {
    await site.write("content/posts/2019/tom.md", "");
    const result = await runCheck("--site");
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain("_site/");
  });
});
