/**
 * The narrow slice of Eleventy's loosely typed API this project uses, typed once
 * here so the rest of the code needs no `any`.
 */

/** Eleventy's resolved project folders, each with a trailing slash. */
export interface EleventyDirectories {
  input: string;
  output: string;
  data: string;
  includes: string;
  layouts?: string;
}

/** What `eleventy.before` receives. */
export interface EleventyBeforeArgs {
  directories: EleventyDirectories;
  runMode: "build" | "watch" | "serve";
  outputMode: "fs" | "json" | "ndjson";
  incremental: boolean;
}

/** One written page, as `eleventy.after` lists them. */
export interface EleventyResult {
  inputPath: string;
  outputPath: string | false;
  url: string | false;
  content: string;
}

/** What `eleventy.after` receives: the same as `eleventy.before`, and what was written. */
export interface EleventyAfterArgs extends EleventyBeforeArgs {
  results: EleventyResult[];
}

/** The build events this project listens to, with what each listener receives. */
export interface EleventyEvents {
  "eleventy.before": EleventyBeforeArgs;
  "eleventy.after": EleventyAfterArgs;
  /** Every template's URLs, in Eleventy's template order, before any page is rendered. */
  /** A template that writes nothing (`permalink: false`) has the URL `false`. */
  "eleventy.contentMap": { inputPathToUrl: Record<string, Array<string | false>> };
  /** The dev server is about to rebuild for these changed files. */
  "eleventy.beforeWatch": string[];
}

/** The `page` object in every template's data. */
export interface EleventyPage {
  inputPath: string;
  url: string | false;
  outputPath: string | false;
  fileSlug: string;
  date: Date;
}

/** A collection item, as collections hand them out. */
export interface CollectionItem {
  inputPath: string;
  /** False for a page that is not written (`permalink: false`). */
  url: string | false;
  date: Date;
  data: Record<string, unknown> & { page: EleventyPage };
}

export interface CollectionApi {
  getAll(): CollectionItem[];
}

/** A Markdown library as Eleventy's `setLibrary("md", …)` takes it. */
export interface MarkdownLibrary {
  render(source: string, env?: object): string;
}

export type Plugin<Options> = (config: EleventyConfig, options: Options) => void;

/** `this` of a transform: the page being written, or a feed's copy of one. */
export interface TransformContext {
  url?: string | false;
  outputPath: string | false;
  /** Set by `renderTransforms` (the feeds), which makes every URL absolute. */
  baseHref?: string;
}

/** A connect-style middleware of Eleventy's dev server. */
export type DevServerMiddleware = (
  request: import("node:http").IncomingMessage,
  response: import("node:http").ServerResponse,
  next: () => void,
) => void;

/** The configuration API, as far as this project uses it. */
export interface EleventyConfig {
  addPlugin<Options>(plugin: Plugin<Options>, options?: Options): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addCollection(name: string, build: (api: CollectionApi) => unknown): void;
  addTemplateFormats(formats: string): void;
  addExtension(
    extension: string,
    options: {
      outputFileExtension: string;
      /** The render function's data is the page's; it may answer asynchronously. */
      compile: (input: string) => (data: never) => string | Promise<string>;
      /** A template's permalink from its path, where the data cascade gives none. */
      compileOptions?: { permalink?: (permalink: unknown, inputPath: string) => string };
    },
  ): void;
  on<Event extends keyof EleventyEvents>(event: Event, listener: (args: EleventyEvents[Event]) => unknown): void;
  addPassthroughCopy(copies: Record<string, string>): void;
  /** A function over every written page's output, after Eleventy's own HTML transform; `this` is the page. */
  addTransform(name: string, transform: (this: TransformContext, content: string, outputPath: string | false) => string | Promise<string>): void;
  /** A template that has no file: `inputPath` relative to the input folder, its text (front matter included) and data. */
  addTemplate(inputPath: string, content: string, data?: Record<string, unknown>): void;
  /**
   * Runs before a template of the given extensions is rendered; returning false
   * leaves the template out of the build (and of every collection).
   */
  addPreprocessor(name: string, extensions: string, preprocess: (data: { page: EleventyPage }, content: string) => unknown): void;
  /** More paths the dev server watches (globs allowed). */
  addWatchTarget(target: string): void;
  setLibrary(name: "md", library: MarkdownLibrary): void;
  setFrontMatterParsingOptions(options: object): void;
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setUseGitIgnore(enabled: boolean): void;
  /** Options of the dev server (`npm start`); only `middleware` is used here. */
  setServerOptions(options: { middleware?: DevServerMiddleware[] }): void;
  /** Whether Eleventy was asked to be quiet (`--quiet`, or `quietMode` in the build). */
  readonly quietMode?: boolean;
  /** The folders as given so far: `input` is "./" when nobody named one. */
  readonly directories: EleventyDirectories;
}
