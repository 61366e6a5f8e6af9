import { parseArgs } from "node:util";

/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  /** Corpus sizes, each measured in turn. */
  sizes: number[];
  /** Timed runs of each build, alternating between the engines; medians are reported. */
  runs: number;
  /** The corpus generator's seed. */
  seed: number;
  /** Leave the temporary sites behind for inspection. */
  keep: boolean;
  /** Only write the corpus sites (kept) and print where: for profiling a build by hand. */
  corpusOnly: boolean;
}

export type ParsedBenchArgs =
  | { kind: "run"; options: BenchOptions }
  | { kind: "help" }
  | { kind: "error"; message: string };

export const BENCH_USAGE = `Usage: npm run bench -- [--n 1000,10000] [--runs 3] [--seed 20181005] [--keep] [--corpus-only]

  --n            comma-separated corpus sizes (posts), each 1 to ${100_000}
  --runs         timed runs per engine and size, 1 to 50; medians are reported
  --seed         the corpus generator's seed, a whole number 0 to ${2 ** 32 - 1}
  --keep         keep the temporary corpus sites
  --corpus-only  write the corpus sites, print their folders and stop (implies --keep)`;

export const BENCH_DEFAULTS = { sizes: [1000, 10_000], runs: 3, seed: 20181005 } as const;

function wholeNumber(text: string, name: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim())) throw new RangeError(`${name} must be a whole number, not "${text}".`);
  const value = Number(text);
  if (value < min || value > max) throw new RangeError(`${name} must be from ${min} to ${max}, not ${value}.`);
  return value;
}

/**
 * Reads the bench's command-line arguments (without node and the script).
 * @example parseBenchArgs(["--n", "200", "--runs", "1"]) // { kind: "run", options: { sizes: [200], runs: 1, … } }
 */
export function parseBenchArgs(argv: readonly string[]): ParsedBenchArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: {
        n: { type: "string" },
        runs: { type: "string" },
        seed: { type: "string" },
        keep: { type: "boolean" },
        "corpus-only": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) return { kind: "help" };
    if (positionals.length > 0) throw new RangeError(`unexpected argument "${positionals[0]}".`);
    const sizes =
      values.n === undefined ? [...BENCH_DEFAULTS.sizes] : values.n.split(",").map((part) => wholeNumber(part, "--n", 1, 100_000));
    if (new Set(sizes).size !== sizes.length) throw new RangeError(`--n names a size twice: ${values.n}.`);
    const corpusOnly = values["corpus-only"] ?? false;
    return {
      kind: "run",
      options: {
        sizes,
        runs: values.runs === undefined ? BENCH_DEFAULTS.runs : wholeNumber(values.runs, "--runs", 1, 50),
        seed: values.seed === undefined ? BENCH_DEFAULTS.seed : wholeNumber(values.seed, "--seed", 0, 2 ** 32 - 1),
        keep: (values.keep ?? false) || corpusOnly,
        corpusOnly,
      },
    };
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
}
