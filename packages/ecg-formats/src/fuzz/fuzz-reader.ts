/**
 * Drives one reader over mutants of real sample files and collects what must never happen: an
 * error other than `EcgFormatError`, or one input taking longer than a time limit (a hang).
 */
import type { EcgFileReader } from '../detect/file-reader.js';
import { EcgFormatError } from '../errors.js';
import { mutate, seededRandom } from './mutate.js';

/** One input the reader mishandled. */
export interface FuzzFailure {
  /** Iteration number, reproducible with the same seed. */
  iteration: number;
  /** `untyped-error` (not an EcgFormatError) or `slow` (over the time limit). */
  kind: 'untyped-error' | 'slow';
  /** The error message or the time taken. */
  detail: string;
  /** The mutant, to write out and reproduce. */
  input: Uint8Array;
}

/** Result of a fuzz run. */
export interface FuzzReport {
  iterations: number;
  /** Mutants read without error. */
  accepted: number;
  /** Mutants refused with an EcgFormatError. */
  refused: number;
  failures: FuzzFailure[];
}

/**
 * Feeds `iterations` mutants of `seeds` to `reader.read` (and `reader.sniff`).
 * @param reader - the reader under test
 * @param seeds - real sample files of its format
 * @param options - iteration count, PRNG seed and the per-input time limit in ms
 * @example
 * const report = fuzzReader(scpReader, [bytes], { iterations: 2000 });
 * expect(report.failures).toEqual([]);
 */
export function fuzzReader(
  reader: EcgFileReader,
  seeds: readonly Uint8Array[],
  options: { iterations: number; seed?: number; timeLimitMs?: number },
): FuzzReport {
  const random = seededRandom(options.seed ?? 1);
  const timeLimitMs = options.timeLimitMs ?? 2000;
  const report: FuzzReport = {
    iterations: options.iterations,
    accepted: 0,
    refused: 0,
    failures: [],
  };
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const seedFile = seeds[iteration % seeds.length];
    if (seedFile === undefined) {
      break;
    }
    const input = mutate(seedFile, random);
    const started = performance.now();
    try {
      reader.sniff(input);
      reader.read(input);
      report.accepted++;
    } catch (error) {
      if (error instanceof EcgFormatError) {
        report.refused++;
      } else {
        report.failures.push({
          iteration,
          kind: 'untyped-error',
          detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          input,
        });
      }
    }
    const elapsedMs = performance.now() - started;
    if (elapsedMs > timeLimitMs) {
      report.failures.push({
        iteration,
        kind: 'slow',
        detail: `${elapsedMs.toFixed(0)} ms`,
        input,
      });
    }
  }
  return report;
}
