// Eleventy ships no type declarations: declare the parts this project imports.
declare module "@11ty/eleventy" {
  import type { EleventyConfig, Plugin } from "./types.ts";

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    pathPrefix?: string;
    config?: (config: EleventyConfig) => void | Promise<void>;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<Array<{ url: string | false; inputPath: string; outputPath: string | false; content: string }>>;
  }

  export const HtmlBasePlugin: Plugin<undefined>;
}

declare module "@11ty/eleventy-plugin-rss" {
  import type { Plugin } from "./types.ts";

  /** The feed filters (dateToRfc3339, getNewestCollectionItemDate…), with the HTML base plugin. */
  export const rssPlugin: Plugin<undefined>;
  /** A date in RFC 3339 (UTC, whole seconds), as Atom and JSON Feed want it. */
  export function dateToRfc3339(date: Date): string;
}
