import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "../../../lib/bench/args.ts";

const errorOf = (argv: string[]) => {
  const parsed = parseBenchArgs(argv);
  if (parsed.kind !== "error") throw new Error(`expected an error for ${argv.join(" ")}`);
  return parsed.message;
};

describe("parseBenchArgs", () => {
  it("measures 1,000 and 10,000 posts three times each by default", () => {
    expect(parseBenchArgs([])).toEqual({
      kind: "run",
      options: { sizes: [1000, 10_000], runs: 3, seed: 20181005, keep: false, corpusOnly: false },
    });
  });

  it("reads a comma list of sizes, runs, a seed and the flags", () => {
    expect(parseBenchArgs(["--n", "200,4000", "--runs", "1", "--seed", "7", "--keep"])).toEqual({
      kind: "run",
      options: { sizes: [200, 4000], runs: 1, seed: 7, keep: true, corpusOnly: false },
    });
    expect(parseBenchArgs(["--n=50"])).toMatchObject({ kind: "run", options: { sizes: [50] } });
  });

  it("keeps the corpus when only the corpus is asked for", () => {
    expect(parseBenchArgs(["--corpus-only", "--n", "10"])).toMatchObject({ kind: "run", options: { keep: true, corpusOnly: true } });
  });

  it("answers --help", () => {
    expect(parseBenchArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseBenchArgs(["-h"])).toEqual({ kind: "help" });
  });

  it("refuses sizes that are not whole numbers from 1 to 100,000, or named twice", () => {
    expect(errorOf(["--n", "1k"])).toBe('--n must be a whole number, not "1k".');
    expect(errorOf(["--n", "100,"])).toBe('--n must be a whole number, not "".');
    expect(errorOf(["--n", "0"])).toBe("--n must be from 1 to 100000, not 0.");
    expect(errorOf(["--n", "200000"])).toBe("--n must be from 1 to 100000, not 200000.");
    expect(errorOf(["--n", "-5"])).toMatch(/--n/);
    expect(errorOf(["--n", "10,10"])).toBe("--n names a size twice: 10,10.");
  });

  it("refuses runs outside 1 to 50 and a seed that is not a whole number", () => {
    expect(errorOf(["--runs", "0"])).toBe("--runs must be from 1 to 50, not 0.");
    expect(errorOf(["--runs", "2.5"])).toBe('--runs must be a whole number, not "2.5".');
    expect(errorOf(["--seed", "abc"])).toBe('--seed must be a whole number, not "abc".');
  });

  it("refuses unknown options, missing values and stray arguments", () => {
    expect(errorOf(["--size", "10"])).toMatch(/--size/);
    expect(errorOf(["--n"])).toMatch(/--n/);
    expect(errorOf(["1000"])).toBe('unexpected argument "1000".');
  });
});
