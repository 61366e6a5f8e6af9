import type { EleventyAfterArgs, EleventyBeforeArgs, EleventyConfig, EleventyEvents } from "../../lib/eleventy/types.ts";

/** What a plugin registered on a fake configuration, for unit tests without Eleventy. */
export interface Registered {
  filters: Map<string, (...args: never[]) => unknown>;
  globalData: Map<string, unknown>;
  collections: Map<string, Parameters<EleventyConfig["addCollection"]>[1]>;
  before: Array<(args: EleventyBeforeArgs) => unknown>;
  after: Array<(args: EleventyAfterArgs) => unknown>;
  contentMap: Array<(args: EleventyEvents["eleventy.contentMap"]) => unknown>;
  beforeWatch: Array<(args: EleventyEvents["eleventy.beforeWatch"]) => unknown>;
  transforms: Map<string, Parameters<EleventyConfig["addTransform"]>[1]>;
  passthroughCopies: Array<Record<string, string>>;
  /** Virtual templates by input path: their text and data. */
  templates: Map<string, { content: string; data?: Record<string, unknown> }>;
  preprocessors: Map<string, Parameters<EleventyConfig["addPreprocessor"]>[2]>;
  config: EleventyConfig;
}

/** A configuration object that records what plugins register on it. */
export function fakeEleventyConfig(): Registered {
  const registered: Omit<Registered, "config"> = {
    filters: new Map(),
    globalData: new Map(),
    collections: new Map(),
    before: [],
    after: [],
    contentMap: [],
    beforeWatch: [],
    transforms: new Map(),
    passthroughCopies: [],
    templates: new Map(),
    preprocessors: new Map(),
  };
  const ignore = () => undefined;
  const config: EleventyConfig = {
    addPlugin: (plugin, options) => plugin(config, options as never),
    addFilter: (name, filter) => void registered.filters.set(name, filter),
    addGlobalData: (name, value) => void registered.globalData.set(name, value),
    addCollection: (name, build) => void registered.collections.set(name, build),
    on: (event, listener) => {
      // Each event's listener goes to its own list; the casts only restate what `event` decided.
      if (event === "eleventy.before") registered.before.push(listener as (args: EleventyBeforeArgs) => unknown);
      else if (event === "eleventy.contentMap") registered.contentMap.push(listener as (args: EleventyEvents["eleventy.contentMap"]) => unknown);
      else if (event === "eleventy.beforeWatch") registered.beforeWatch.push(listener as (args: EleventyEvents["eleventy.beforeWatch"]) => unknown);
      else registered.after.push(listener as (args: EleventyAfterArgs) => unknown);
    },
    addTransform: (name, transform) => void registered.transforms.set(name, transform),
    addPassthroughCopy: (copies) => void registered.passthroughCopies.push(copies),
    addTemplate: (inputPath, content, data) => void registered.templates.set(inputPath, data === undefined ? { content } : { content, data }),
    addPreprocessor: (name, _extensions, preprocess) => void registered.preprocessors.set(name, preprocess),
    addWatchTarget: ignore,
    addTemplateFormats: ignore,
    addExtension: ignore,
    setLibrary: ignore,
    setFrontMatterParsingOptions: ignore,
    setInputDirectory: ignore,
    setIncludesDirectory: ignore,
    setUseGitIgnore: ignore,
    setServerOptions: ignore,
    directories: { input: "./", output: "_site/", data: "_data/", includes: "_includes/" },
  };
  return { ...registered, config };
}
