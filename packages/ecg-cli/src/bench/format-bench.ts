/**
 * Reader speed over the shared format samples: for each reader, ms per file (median of repeated
 * reads after a warm-up) and throughput in MB/s (bytes read ÷ time). Reading from disk is never
 * timed; the bytes are in memory.
 */
import { samplesByReader } from '../disk/format-samples.js';

/** Median of a non-empty list. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Prints one line per sample file and one per reader.
 * @param log - where lines go (console.log in `npm run bench`)
 * @param repeats - timed reads per file
 */
export function runFormatBench(log: (line: string) => void, repeats = 20): void {
  log('');
  log('ECG file readers (shared samples; median of timed reads after one warm-up read)');
  log(`${'file'.padEnd(56)} ${'KiB'.padStart(7)} ${'ms/file'.padStart(9)} ${'MB/s'.padStart(8)}`);
  for (const [name, { reader, samples }] of samplesByReader()) {
    let bytes = 0;
    let totalMs = 0;
    for (const sample of samples) {
      try {
        reader.read(sample.bytes);
      } catch (error) {
        log(`${sample.name.padEnd(56)} not read: ${(error as Error).message}`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const started = performance.now();
        reader.read(sample.bytes);
        times.push(performance.now() - started);
      }
      const ms = median(times);
      bytes += sample.bytes.length;
      totalMs += ms;
      log(
        `${sample.name.padEnd(56)} ${(sample.bytes.length / 1024).toFixed(0).padStart(7)} ${ms.toFixed(2).padStart(9)} ${(sample.bytes.length / 1e3 / ms).toFixed(1).padStart(8)}`,
      );
    }
    if (totalMs > 0) {
      log(
        `${`  ${name}: ${samples.length} files`.padEnd(56)} ${(bytes / 1024).toFixed(0).padStart(7)} ${(totalMs / samples.length).toFixed(2).padStart(9)} ${(bytes / 1e3 / totalMs).toFixed(1).padStart(8)}`,
      );
    }
  }
}
