// The addresses of the pages listing people, organisations and topics (fixed in the project's route table;
// the templates content/person.njk, organisation.njk and emne.njk write the same), and of the home page's pages.

/** The home page's page `number` (1 is the first). @example homePagePath(1) // "/"; homePagePath(2) // "/side/2/" */
export function homePagePath(number: number): string {
  return number === 1 ? "/" : `/side/${number}/`;
}

/** A person's page. @example personPath("jon-kiellberg") // "/personer/jon-kiellberg/" */
export function personPath(slug: string): string {
  return `/personer/${slug}/`;
}

/** An organisation's page. @example organisationPath("ibm-danmark") // "/organisationer/ibm-danmark/" */
export function organisationPath(slug: string): string {
  return `/organisationer/${slug}/`;
}

/** A topic's page. @example topicPath("smv") // "/emner/smv/" */
export function topicPath(slug: string): string {
  return `/emner/${slug}/`;
}
