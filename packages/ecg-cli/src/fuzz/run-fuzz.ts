/**
 * `npm run fuzz [-- ITERATIONS]`: every single-file reader against mutants of the real sample
 * files it detects (`../shared/data/ecg-formats`), 100,000 iterations per reader by default. Prints
 * per reader: iterations, mutants read, mutants refused with an `EcgFormatError`, and failures
 * (any other error, or an input taking over 2 s); exits 1 when any reader failed, writing each
 * failing input to a temporary folder to reproduce it. CI runs a short version per reader in the
 * `*-fuzz.test.ts` files.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fuzzReader } from '@gesang/ecg-formats';
import { samplesByReader } from '../disk/format-samples.js';

const iterations = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(iterations) || iterations < 1) {
  console.error(`usage: run-fuzz [ITERATIONS] (a positive integer, got ${process.argv[2]})`);
  process.exit(2);
}

let failed = 0;
console.log(`reader             seeds  iterations      read   refused  failures  seconds`);
for (const [name, { reader, samples }] of samplesByReader()) {
  const started = performance.now();
  const report = fuzzReader(
    reader,
    samples.map((s) => s.bytes),
    { iterations, seed: 20261123 },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${name.padEnd(18)} ${String(samples.length).padStart(5)} ${String(iterations).padStart(11)} ${String(report.accepted).padStart(9)} ${String(report.refused).padStart(9)} ${String(report.failures.length).padStart(9)} ${seconds.toFixed(1).padStart(8)}`,
  );
  if (report.failures.length > 0) {
    failed++;
    const dir = mkdtempSync(join(tmpdir(), `gesang-fuzz-${name}-`));
    for (const failure of report.failures.slice(0, 20)) {
      writeFileSync(join(dir, `iteration-${failure.iteration}.bin`), failure.input);
      console.log(`  ${failure.kind} at iteration ${failure.iteration}: ${failure.detail}`);
    }
    console.log(`  failing inputs written to ${dir}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
