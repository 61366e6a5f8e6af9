// The editor's own script, bundled into /admin/cms-admin.js by the build and run
// after Decap's bundle: it teaches Decap to read and write the files as the build
// does, to name new posts by the build's rules, and to preview a post like the site.
import { entryProblems } from "./entry-check.ts";
import {
  parseFrontMatterFile,
  parseJsonFile,
  parseYamlFile,
  postPathKeys,
  renderFrontMatterFile,
  renderJsonFile,
  renderYamlFile,
} from "./entry-file.ts";
import { FORMATS, POSTS_COLLECTION } from "./names.ts";
import { type CreateElement, postPreview } from "./preview.ts";

/** The part of an Immutable.js Map (Decap's entries) this script uses. */
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

interface Formatter {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
}

/** The part of Decap's global `CMS` this script uses. */
interface DecapCms {
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerEventListener(listener: { name: "preSave"; handler: (event: { entry: ImmutableMap }) => unknown }): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
}

/** The page's globals this script uses (the project type-checks without the DOM library). */
interface AdminPage {
  CMS: DecapCms;
  h: CreateElement<unknown>;
  addEventListener(type: "unhandledrejection", listener: (event: { reason: unknown; preventDefault(): void }) => void): void;
  document: { baseURI: string; querySelector(selector: string): { dataset: Record<string, string | undefined> } | null };
}

const page = globalThis as unknown as AdminPage;
const { CMS, h, document } = page;
// The admin page passes the site's stylesheet and time zone on this script's element.
const script = document.querySelector("script[data-stylesheet]");
const zone = script?.dataset.timeZone ?? "Europe/Copenhagen";

// When the form refuses to save (a required field is empty), Decap 3.16 has
// already said so in its own notice, then rejects a promise with no reason that
// nothing catches (actions/entries.ts, persistEntry: `return Promise.reject()`).
// That rejection is expected, not an error: keep it out of the console.
// When the check before saving refuses (below), it rejects again with its failure action.
const isRefusal = (reason: unknown) =>
  reason === undefined || (typeof reason === "object" && reason !== null && (reason as { type?: unknown }).type === "ENTRY_PERSIST_FAILURE");
page.addEventListener("unhandledrejection", (event) => {
  if (isRefusal(event.reason)) event.preventDefault();
});

/** A refusal to save, shown by Decap as its text (an Error would add "Error: "). */
class Refusal extends Error {
  override toString(): string {
    return this.message;
  }
}

CMS.registerCustomFormat(FORMATS.frontMatter, "md", {
  fromFile: parseFrontMatterFile,
  toFile: (data, sortedKeys) => renderFrontMatterFile(data, sortedKeys),
});
CMS.registerCustomFormat(FORMATS.yaml, "yaml", {
  fromFile: parseYamlFile,
  toFile: (data, sortedKeys) => renderYamlFile(data, sortedKeys),
});
// The settings: Decap's own "json" would write a cleared field as "", which the schema refuses.
CMS.registerCustomFormat(FORMATS.json, "json", {
  fromFile: parseJsonFile,
  toFile: (data, sortedKeys) => renderJsonFile(data, sortedKeys),
});

// Before saving: refuse what the build would refuse (Decap shows the message as
// "Dokumentet kunne ikke gemmes: …"), and give a new post's path its keys, from
// which Decap makes it (see config.yml); the format leaves them out of the file.
CMS.registerEventListener({
  name: "preSave",
  handler: ({ entry }) => {
    const data = entry.get("data") as ImmutableMap;
    const collection = String(entry.get("collection"));
    const problems = entryProblems(collection, data.toJS());
    if (problems.length > 0) throw new Refusal(["det følger ikke reglerne, som siden bygges efter:", ...problems].join("\n"));
    if (collection !== POSTS_COLLECTION) return data;
    return Object.entries(postPathKeys(data.toJS())).reduce((updated, [key, value]) => updated.set(key, value), data);
  },
});

// Given relative to /admin/, so that it holds under any path prefix; the preview's frame needs it absolute.
if (script?.dataset.stylesheet) CMS.registerPreviewStyle(new URL(script.dataset.stylesheet, document.baseURI).href);
CMS.registerPreviewTemplate(POSTS_COLLECTION, ({ entry, widgetFor }) =>
  postPreview(h, (entry.get("data") as ImmutableMap).toJS(), widgetFor("body"), zone),
);
