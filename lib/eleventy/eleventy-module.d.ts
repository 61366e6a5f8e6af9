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
