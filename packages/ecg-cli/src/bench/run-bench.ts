/**
 * `npm run bench` (in packages/ecg-cli, or from the root): the engine's speed and memory on the
 * team's real development records (`../shared/data/ecg`), figures only, no pass/fail (the issue's
 * goals, ≥ 10 M samples/s for detection and ≤ 5 ms median per interpretation, are printed next to
 * them). On one core, in this process; reading the files is never timed, and nothing is cached
 * between calls (every call filters its record afresh). Warm-up, so that JIT compilation is not
 * timed: one untimed detection pass over the MIT-BIH records before the detection passes, one
 * interpretation of each of the first ten records before the interpretation passes.
 * 1. QRS detection throughput: `detectQrs` on all leads of the ten MIT-BIH records, as
 *    samples × leads per second, and as samples (time points) per second, in each of
 *    {@link PASSES} passes.
 * 2. Full interpretation (`interpretEcg`) per 10 s, 12-lead, 500 Hz record: every 12-lead
 *    record at 500 Hz of at least 10 s in the development folders, cut to its first 10 s;
 *    median, p95 (nearest rank), min and max, in each of {@link PASSES} passes over all records
 *    (the machine is shared: passes differ by its load, the quietest is the fairest).
 * 3. Each public stage on its own over the same records (median, ms): with its own filtering, so
 *    the stages add up to more than one interpretation, which filters each lead once for all.
 * 4. Peak memory: the largest `process.memoryUsage()` RSS and heap seen after each record, and
 *    the kernel's peak RSS (`process.resourceUsage().maxRSS`).
 * 5. File readers: ms per file and MB/s for each reader over `../shared/data/ecg-formats`.
 */
import { basename } from 'node:path';
import { cpus } from 'node:os';
import { detectQrs, interpretEcg, type EcgSignal } from '@gesang/ecg-signal';
import type { EcgRecord } from '@gesang/ecg-formats';
import { loadWfdbRecord } from '../disk/load-wfdb.js';
import { findFiles, sharedDataPath } from '../disk/shared-data.js';
import { runFormatBench } from './format-bench.js';
import { STAGES, stageTimes, summariseTimes, timeMs } from './stage-times.js';

const TWELVE_LEAD_FOLDERS = [
  'ptbxl',
  'ptbxl_wfdb',
  'georgia',
  'chapman_ningbo',
  'cpsc2018',
  'cpsc2018_extra',
  'ludb',
];
/** Timed passes over the interpretation records. */
const PASSES = 3;
const peak = { rssBytes: 0, heapBytes: 0 };

/** Records the largest RSS and heap use seen so far. */
function sampleMemory(): void {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rssBytes = Math.max(peak.rssBytes, rss);
  peak.heapBytes = Math.max(peak.heapBytes, heapUsed);
}

/** The first 10 s of a 12-lead 500 Hz record of at least 10 s, else null. */
function tenSeconds(record: EcgRecord): EcgRecord | null {
  const n = 5000;
  if (record.sampleRateHz !== 500 || record.leads.length !== 12) {
    return null;
  }
  if ((record.leads[0]?.samplesUv.length ?? 0) < n) {
    return null;
  }
  const leads = record.leads.map((lead) => ({ ...lead, samplesUv: lead.samplesUv.subarray(0, n) }));
  return { ...record, leads };
}

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (v: number): string => `${v.toFixed(1)} ms`;

console.log(`gesang-ecg bench: node ${process.version}, ${cpus()[0]?.model ?? '?'}, one thread`);

// 1. QRS detection on MIT-BIH.
const mitdb: EcgSignal[] = [];
for (const hea of findFiles(sharedDataPath('ecg', 'mitdb'), '.hea')) {
  mitdb.push((await loadWfdbRecord(hea)).record);
}
for (const signal of mitdb) {
  detectQrs(signal); // warm-up pass, untimed
}
console.log(`QRS detection (detectQrs, all leads), ${mitdb.length} MIT-BIH records:`);
for (let pass = 1; pass <= PASSES; pass++) {
  let detectionMs = 0;
  let leadSamples = 0;
  let timePoints = 0;
  for (const signal of mitdb) {
    detectionMs += timeMs(() => detectQrs(signal));
    const n = signal.leads[0]?.samplesUv.length ?? 0;
    leadSamples += n * signal.leads.length;
    timePoints += n;
    sampleMemory();
  }
  const seconds = detectionMs / 1000;
  console.log(
    `  pass ${pass}: ${(leadSamples / seconds / 1e6).toFixed(2)} M samples/s counted as samples x leads (${leadSamples} in ${seconds.toFixed(2)} s), ${(timePoints / seconds / 1e6).toFixed(2)} M time points/s (${(timePoints / 360 / 3600).toFixed(1)} h); goal >= 10 M/s`,
  );
}
mitdb.length = 0;

// 2. Full interpretation per 10 s, 12-lead, 500 Hz record.
const records: EcgRecord[] = [];
const names: string[] = [];
for (const folder of TWELVE_LEAD_FOLDERS) {
  for (const hea of findFiles(sharedDataPath('ecg', folder), '.hea')) {
    const cut = tenSeconds((await loadWfdbRecord(hea)).record);
    if (cut !== null) {
      records.push(cut);
      names.push(`${folder}/${basename(hea, '.hea')}`);
    }
  }
}
const context = (
  r: EcgRecord,
): { sex?: 'male' | 'female' | 'other' | 'unknown'; ageYears?: number } => ({
  ...(r.patient.sex === undefined ? {} : { sex: r.patient.sex }),
  ...(r.patient.ageYears === undefined ? {} : { ageYears: r.patient.ageYears }),
});
for (const r of records.slice(0, 10)) {
  interpretEcg(r, context(r)); // warm-up
}
console.log(
  `Full interpretation (interpretEcg), ${records.length} records of 10 s, 12 leads, 500 Hz (${TWELVE_LEAD_FOLDERS.join(', ')}), ${PASSES} passes:`,
);
for (let pass = 1; pass <= PASSES; pass++) {
  const times = records.map((r) => {
    const t = timeMs(() => interpretEcg(r, context(r)));
    sampleMemory();
    return t;
  });
  const s = summariseTimes(times);
  const slowest = names[times.indexOf(s.maxMs)] ?? '-';
  console.log(
    `  pass ${pass}: median ${ms(s.medianMs)}, p95 ${ms(s.p95Ms)}, min ${ms(s.minMs)}, max ${ms(s.maxMs)} (${slowest}); goal median <= 5 ms`,
  );
}

// 3. Each public stage on its own.
const perStage = STAGES.map((): number[] => []);
for (const r of records) {
  stageTimes(r).forEach((t, k) => {
    if (Number.isFinite(t)) {
      perStage[k]?.push(t);
    }
  });
}
console.log(
  `Stages on their own (median ms over the same records; each filters its input itself): ${STAGES.map(
    (name, k) => `${name} ${(summariseTimes(perStage[k] ?? []).medianMs || NaN).toFixed(2)}`,
  ).join(', ')}`,
);

// 4. Memory.
console.log(
  `Peak memory: RSS ${mib(peak.rssBytes)} (max of process.memoryUsage().rss after each record), heap used ${mib(peak.heapBytes)}; kernel peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`,
);

// 5. The file readers over the shared format samples (after the memory figures, which are the
// engine's).
runFormatBench((line) => console.log(line));
