// The Danish words a writer guesses for the English field names of posts and
// calendar files. They are suggestions in error messages ("Mente du …?"), never
// aliases: a file has one spelling of each field.

const GUESSES: Readonly<Record<string, string>> = {
  titel: "title",
  overskrift: "title",
  dato: "date",
  udgivelsesdato: "date",
  resumé: "summary",
  resume: "summary",
  resumè: "summary",
  opsummering: "summary",
  sammenfatning: "summary",
  emne: "tags",
  emner: "tags",
  tag: "tags",
  kladde: "draft",
  møde: "meeting",
  moede: "meeting",
  mødet: "meeting",
  missionen: "mission",
  oplægsholder: "speakers",
  oplægsholdere: "speakers",
  oplaegsholdere: "speakers",
  talere: "speakers",
  speaker: "speakers",
  resultat: "outcomes",
  resultater: "outcomes",
  verdensmål: "sdgs",
  verdensmaal: "sdgs",
  sdg: "sdgs",
  starttid: "start",
  starttidspunkt: "start",
  begynder: "start",
  slut: "end",
  sluttid: "end",
  sluttidspunkt: "end",
  sted: "venue",
  lokation: "venue",
  adresse: "address",
  navn: "name",
  stilling: "role",
  rolle: "role",
  titlen: "title",
  virksomhed: "organisation",
  firma: "organisation",
  hjemmeside: "url",
  link: "url",
  webadresse: "url",
  netværk: "network",
  netværksgruppe: "network",
  vært: "host",
  handlinger: "actions",
  handling: "actions",
  frist: "deadline",
  aktiviteter: "activities",
  aktivitet: "activities",
  beskrivelse: "description",
  type: "kind",
  slags: "kind",
  art: "kind",
  indlæg: "post",
};

/**
 * The English field a Danish word most likely means, if it is one the secretariat
 * guesses; case and surrounding space do not matter.
 * @example danishFieldGuess("Oplægsholdere") // "speakers"
 */
export function danishFieldGuess(word: string): string | undefined {
  return GUESSES[word.trim().toLowerCase()];
}
