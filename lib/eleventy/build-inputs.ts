import type { EleventyConfig } from "./types.ts";

/** What a build reads from outside the repository: the environment (SOURCE_DATE_EPOCH) and the clock. */
export interface BuildInputs {
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
}

// A registered symbol: the build command and Eleventy's import() of .eleventy.ts
// may each load this module (vitest transforms one, Node the other), and only the
// global symbol registry is shared between the two copies.
const KEY = Symbol.for("csr-forum.build-inputs");

type Carrier = { [KEY]?: BuildInputs };

/**
 * Hands the configuration file the inputs the build command validated with, so the
 * validation before the build and the one inside Eleventy agree. Called from
 * Eleventy's `config` option, which runs before the configuration file.
 */
export function provideBuildInputs(config: EleventyConfig, inputs: BuildInputs): void {
  (config as Carrier)[KEY] = inputs;
}

/** The inputs a build command provided, or the process's own (the CLI: npm start). */
export function buildInputsOf(config: EleventyConfig): BuildInputs {
  return (config as Carrier)[KEY] ?? { env: process.env, now: () => new Date() };
}
