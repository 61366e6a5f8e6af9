import type { IncomingMessage, ServerResponse } from "node:http";
import { formatPreviewReport, renderErrorPage } from "../preview/error-page.ts";
import type { Problem } from "../validation/problems.ts";
import type { EleventyConfig } from "./types.ts";

/** Where the dev server serves the script that reloads a page when a build fails. */
const LISTENER_PATH = "/.forhaandsvisning/byggefejl.js";

// The dev server tells open pages about a failed build only in the browser's
// console ("eleventy.error"); this makes such a page reload, so that the error
// page below takes its place. Its own reload client brings the site back once a
// build succeeds.
const LISTENER = `const socket = new WebSocket(location.origin.replace(/^http/, "ws"));
socket.addEventListener("message", (event) => {
  try {
    if (JSON.parse(event.data).type === "eleventy.error") location.reload();
  } catch {}
});
`;

/** Where the dev server's content errors are told: the terminal, and how the process ends. */
export interface PreviewTerminal {
  print(text: string): void;
  exit(code: number): void;
}

const PROCESS_TERMINAL: PreviewTerminal = {
  print: (text) => console.error(text),
  exit: (code) => process.exit(code),
};

/**
 * What the last build of the dev server found wrong in the content, if anything;
 * it prints the Danish report in the terminal, once, where Eleventy would print its
 * own English heading (see `devServerError` in content-plugin.ts).
 */
export class PreviewStatus {
  #problems: readonly Problem[] | undefined;
  readonly #terminal: PreviewTerminal;

  constructor(terminal: PreviewTerminal = PROCESS_TERMINAL) {
    this.#terminal = terminal;
  }

  /**
   * Called when a build stops on content errors. On the first build (`starting`)
   * there is no page yet to show, so the dev server ends here: thrown on to
   * Eleventy's command line (cmd.cjs of Eleventy 3.1.8), the error would be printed
   * a second time under "Eleventy Fatal Error (CLI):", which no option turns off.
   */
  fail(problems: readonly Problem[], { starting = false } = {}): void {
    this.#problems = problems;
    this.#terminal.print(formatPreviewReport(problems, { starting }));
    if (starting) this.#terminal.exit(1);
  }

  /** Called when a build's content is valid again. */
  clear(): void {
    this.#problems = undefined;
  }

  get problems(): readonly Problem[] | undefined {
    return this.#problems;
  }
}

/** A request for a page (not a stylesheet, image or the dev server's own script). */
function wantsPage(request: IncomingMessage): boolean {
  return (request.headers.accept ?? "").includes("text/html");
}

/**
 * The dev server's middleware: while the content has errors, every page is the
 * Danish error page; and it serves the listener script the preview's pages load.
 */
function previewMiddleware(status: PreviewStatus) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    if (request.url === LISTENER_PATH) {
      response.setHeader("Content-Type", "text/javascript; charset=utf-8");
      response.end(LISTENER);
      return;
    }
    const problems = status.problems;
    if (problems === undefined || !wantsPage(request)) {
      next();
      return;
    }
    response.statusCode = 500;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.end(renderErrorPage(problems));
  };
}

/**
 * `npm start`'s error page: a build that stops on content errors (`status.fail`,
 * called by the content plugin) makes the open page show them in Danish, and the
 * page comes back when the file is fixed. Production builds are untouched.
 */
export function errorPagePlugin(config: EleventyConfig, { status }: { status: PreviewStatus }): void {
  let serving = false;
  config.on("eleventy.before", ({ runMode }) => {
    serving = runMode === "serve";
  });
  config.setServerOptions({ middleware: [previewMiddleware(status)] });
  config.addTransform("preview-error-listener", (content, outputPath) =>
    serving && typeof outputPath === "string" && outputPath.endsWith(".html")
      ? content.replace("</head>", `<script type="module" src="${LISTENER_PATH}"></script></head>`)
      : content,
  );
}
