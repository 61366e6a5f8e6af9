// The words a benchmark corpus is made of: Danish-like running text about the
// network's meetings, names of people and organisations, topics and places.
// Invented for the benchmark; any likeness to real people is by chance.

/** Short words that glue running text together, drawn more often than the rest. */
export const FUNCTION_WORDS = [
  "og", "i", "at", "det", "en", "et", "den", "til", "er", "som", "på", "de", "med", "for", "af",
  "har", "vi", "ikke", "der", "om", "var", "fra", "men", "kan", "skal", "også", "så", "når",
  "hvor", "alle", "mere", "efter", "over", "under", "mellem", "hos", "sammen", "både",
] as const;

/** Nouns, verbs and adjectives of the network's field. */
export const CONTENT_WORDS = [
  "virksomheder", "virksomhed", "netværket", "netværksmøde", "frivillighed", "frivillige", "medarbejdere",
  "ledelsen", "strategi", "strategisk", "samfundsansvar", "bæredygtighed", "bæredygtig", "partnerskab",
  "partnerskaber", "kommunen", "foreninger", "forening", "civilsamfundet", "erfaringer", "dialog",
  "tværfaglig", "tværfagligt", "samarbejde", "samarbejdet", "indsats", "indsatsen", "projekt", "projektet",
  "målgruppe", "målgruppen", "borgere", "unge", "ældre", "lokalsamfundet", "værdi", "værdier", "kultur",
  "ansvar", "ansvarlig", "grundlag", "oplyst", "fælles", "mål", "målet", "handling", "handlinger",
  "resultater", "resultaterne", "forandring", "udvikling", "uddannelse", "beskæftigelse", "arbejdsmarkedet",
  "inklusion", "mangfoldighed", "ligestilling", "klima", "klimaet", "energi", "forbrug", "produktion",
  "leverandører", "kunder", "investorer", "rapportering", "dokumentation", "måling", "effekt", "effekten",
  "viden", "kompetencer", "læring", "netværk", "deltagere", "deltagerne", "oplæg", "oplægget", "drøftelse",
  "workshop", "gruppearbejde", "spørgsmål", "svar", "idéer", "forslag", "plan", "planen", "tidsplan",
  "økonomi", "midler", "fonde", "ansøgning", "frivilligcenter", "sekretariatet", "bestyrelsen", "formand",
  "små", "mellemstore", "store", "danske", "lokale", "nye", "gode", "vigtige", "konkrete", "praktiske",
  "langsigtede", "fremtidige", "nuværende", "tydelige", "klare", "åbne", "aktive", "engagerede",
  "arbejder", "arbejde", "skabe", "skaber", "styrke", "styrker", "udvikle", "udvikler", "dele", "deler",
  "lære", "lærer", "mødes", "mødtes", "drøftede", "aftalte", "besluttede", "præsenterede", "fortalte",
  "viste", "understregede", "pegede", "foreslog", "spurgte", "svarede", "gennemgik", "samlede", "bidrager",
  "bidrog", "inviterer", "inviterede", "følger", "fulgte", "sikre", "sikrer", "understøtte", "kommunikere",
  "synliggøre", "forankre", "involvere", "motivere", "rekruttere", "fastholde", "evaluere", "dokumentere",
  "året", "måneden", "ugen", "dagen", "morgenmødet", "eftermiddagen", "forløbet", "perioden", "fremover",
  "hurtigt", "grundigt", "sammen", "særligt", "tydeligt", "konkret", "lokalt", "globalt", "socialt",
  "økonomisk", "miljømæssigt", "menneskeligt", "ærligt", "åbent", "fællesskab", "fællesskabet",
  "trivsel", "sundhed", "velfærd", "løsninger", "løsning", "udfordringer", "udfordring", "muligheder",
  "mulighed", "barrierer", "ressourcer", "ressourcepersoner", "task", "forcen", "arbejdsgruppe",
  "verdensmålene", "verdensmål", "agenda", "handlingsplan", "milepæle", "succeskriterier", "evaluering",
] as const;

/** Headings a post's sections may carry. */
export const HEADINGS = [
  "Baggrund", "Oplæggene", "Erfaringer fra praksis", "Drøftelsen", "Fra ord til handling",
  "Hvad tager vi med os", "Næste skridt", "Spørgsmål fra salen", "Gruppearbejdet", "Perspektiver",
  "Verdensmålene i praksis", "Partnerskaber på tværs", "Små og mellemstore virksomheder",
  "Frivillighed som strategi", "Måling og effekt", "Tak for i dag",
] as const;

/** First names of the people who speak and serve on task forces. */
export const FIRST_NAMES = [
  "Anne", "Jesper", "Mette", "Thorbjørn", "Jon", "Søren", "Lene", "Mikkel", "Pia", "Rasmus", "Karen",
  "Henrik", "Birgitte", "Lars", "Camilla", "Niels", "Hanne", "Anders", "Sofie", "Morten", "Ida",
  "Peter", "Louise", "Kasper", "Maja", "Torben", "Signe", "Jens", "Line", "Bjørn", "Åse", "Øjvind",
] as const;

/** Middle and last names; a person has one or two of them. */
export const LAST_NAMES = [
  "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
  "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
  "Bering", "Lautrop", "Kiellberg", "Holm", "Møller", "Dahl", "Skov", "Lund", "Bak", "Friis",
  "Vestergaard", "Kjær", "Mortensen", "Ærø", "Østergaard", "Aagaard",
] as const;

/** People's job titles. */
export const ROLES = [
  "Direktør", "CSR-chef", "Projektleder", "Konsulent", "Partner", "Formand", "Sekretariatsleder",
  "Corporate Citizenship Project Manager", "Bæredygtighedsansvarlig", "HR-chef", "Frivilligkoordinator",
  "Seniorrådgiver", "Kommunikationschef", "Centerleder", "Forsker",
] as const;

/** Organisations the people come from. */
export const ORGANISATIONS = [
  "IBM Danmark", "ReMind", "Frivilligcenter Vesterbro/Kgs. Enghave/Valby", "CSR Forum", "Københavns Kommune",
  "Novo Nordisk", "Danske Bank", "Dansk Industri", "Roskilde Universitet", "Røde Kors", "Mærsk",
  "Carlsberg", "Arla Foods", "Coop Danmark", "Ørsted", "Grundfos", "Vestas", "Aarhus Universitet",
  "Center for Frivilligt Socialt Arbejde", "Foreningen Nydansker",
] as const;

/** Where meetings are held: a name and an address. */
export const VENUES = [
  { name: "Frivilligcenter Vesterbro/Kgs. Enghave/Valby", address: "Eksempelvej 12, 1620 København V" },
  { name: "CSR Forums mødelokale", address: "Nørregade 7, 1165 København K" },
  { name: "IBM Danmark", address: "Prøvevej 3, 2605 Brøndby" },
  { name: "Københavns Rådhus", address: "Rådhuspladsen 1, 1550 København V" },
  { name: "Dansk Industris Hus", address: "H.C. Andersens Boulevard 18, 1553 København V" },
  { name: "Roskilde Universitet", address: "Universitetsvej 1, 4000 Roskilde" },
  { name: "Aarhus Universitet", address: "Nordre Ringgade 1, 8000 Aarhus C" },
  { name: "Grundfos", address: "Poul Due Jensens Vej 7, 8850 Bjerringbro" },
] as const;

/** The network's topics, used as tags. */
export const TOPICS = [
  "Corporate Volunteering", "Partnerskaber", "Frivillighed", "Verdensmål", "Employee Volunteering",
  "Small and Medium Enterprises", "Inklusion", "Mangfoldighed", "Klima", "Ledelse", "Rapportering",
  "Social innovation", "Lokalsamfund", "Unge", "Beskæftigelse", "Uddannelse", "Sundhed", "Leverandørkæder",
  "Menneskerettigheder", "Cirkulær økonomi", "Kommunikation", "Måling og effekt",
] as const;

/** Kinds of meeting, for titles. */
export const MEETING_KINDS = [
  "Morgenmøde", "Netværksmøde", "Temamøde", "Workshop", "Årsmøde", "Eftermiddagsmøde", "Studietur",
] as const;

/** Web sites the posts link to. */
export const LINK_TARGETS = [
  "https://www.verdensmaal.org/",
  "https://www.csrforum.dk/",
  "https://www.frivillighed.dk/",
  "https://www.globalcompact.dk/",
  "https://www.ibm.com/dk-da",
] as const;

/** The network's name, as meetings give it. */
export const NETWORK = "Corporate Social Responsibility & Co-Creation";
