import { countOf } from "../text/count.ts";
import { type Problem, errorReport, fixThen, formatProblemGroups } from "../validation/problems.ts";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe to put between HTML tags or in an attribute. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** What to do after fixing, in the preview's words: it rebuilds by itself. */
const REBUILDS = "gem filen: så bygges forhåndsvisningen igen af sig selv.";

/**
 * What `npm start` prints in the terminal when the content has errors: the same
 * report as `npm run check`, and where else it shows. `starting` is for the first
 * build, before which there is no server, so nothing to show in a browser.
 */
export function formatPreviewReport(problems: readonly Problem[], { starting = false } = {}): string {
  const count = countOf(problems.length, "fejl", "fejl");
  return starting
    ? errorReport(`Forhåndsvisningen kan ikke starte: der er ${count} i indholdet.`, problems, "start igen med npm start.")
    : errorReport(
        `Forhåndsvisningen er ikke opdateret: der er ${count} i indholdet. Browseren viser ${problems.length === 1 ? "den" : "dem"} også.`,
        problems,
        REBUILDS,
      );
}

/**
 * The page `npm start` shows instead of the site while the content has errors:
 * in Danish, the same report as the terminal's (every problem under its file,
 * the line quoted with its marker), and what happens next. It is only ever served
 * by the dev server; the production build stops instead.
 */
export function renderErrorPage(problems: readonly Problem[]): string {
  const count = countOf(problems.length, "fejl", "fejl");
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${count} i indholdet – forhåndsvisning</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.5rem; color: #8b0000; }
pre { font: 0.9rem/1.4 ui-monospace, monospace; white-space: pre-wrap; background: #f6f6f6; border-left: 4px solid #8b0000; padding: 1rem; overflow-x: auto; }
</style>
</head>
<body>
<main>
<h1>Der er ${count} i indholdet</h1>
<p>Siden kan ikke vises, før ${problems.length === 1 ? "den er rettet" : "de er rettet"}. Det samme står i terminalen.</p>
<pre>${escapeHtml(formatProblemGroups(problems).join("\n"))}</pre>
<p>${fixThen(problems.length, REBUILDS)} Siden kommer tilbage her, så snart indholdet er i orden.</p>
</main>
</body>
</html>
`;
}
