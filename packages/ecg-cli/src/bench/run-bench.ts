/**
 * `npm run bench` (in packages/ecg-cli, or from the root): the engine's speed and memory on the
 * team's real development records (`../shared/data/ecg`), figures only, no pass/fail (the issue's
 * goals, ≥ 10 M samples/s for detection and ≤ 5 ms median per interpretation, are printed next to
 * them). On one core, in this process, after a warm-up pass so that JIT compilation is not timed;
 * reading the files is never timed.
 * 1. QRS detection throughput: `detectQrs` on all leads of the ten MIT-BIH records, as
 *    samples × leads per second, and as samples (time points) per second.
 * 2. Full interpretation (`interpretEcg`) per 10 s, 12-lead, 500 Hz record: every 12-lead
 *    record at 500 Hz of at least 10 s in the development folders, cut to its first 10 s;
 *    median, p95 (nearest rank), min and max.
 * 3. Peak memory: the largest `process.memoryUsage()` RSS and heap seen after each record, and
 *    the kernel's peak RSS (`process.resourceUsage().maxRSS`).
 */
import { basename } from 'node:path';
import { cpus } from 'node:os';
import { detectQrs, interpretEcg, type EcgSignal } from '@gesang/ecg-signal';
import type { EcgRecord } from '@gesang/ecg-formats';
import { loadWfdbRecord } from '../disk/load-wfdb.js';
import { findFiles, sharedDataPath } from '../disk/shared-data.js';

const TWELVE_LEAD_FOLDERS = [
  'ptbxl',
  'ptbxl_wfdb',
  'georgia',
  'chapman_ningbo',
  'cpsc2018',
  'cpsc2018_extra',
  'ludb',
];
const peak = { rssBytes: 0, heapBytes: 0 };

/** Records the largest RSS and heap use seen so far. */
function sampleMemory(): void {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rssBytes = Math.max(peak.rssBytes, rss);
  peak.heapBytes = Math.max(peak.heapBytes, heapUsed);
}

/** Time of one call, ms. */
function timeMs(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
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

console.log(`gesang-ecg bench: node ${process.version}, ${cpus()[0]?.model ?? '?'}, one thread`);

// 1. QRS detection on MIT-BIH.
const mitdb: EcgSignal[] = [];
for (const hea of findFiles(sharedDataPath('ecg', 'mitdb'), '.hea')) {
  mitdb.push((await loadWfdbRecord(hea)).record);
}
detectQrs(mitdb[0] ?? { sampleRateHz: 360, leads: [] }); // warm-up
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
  `QRS detection (detectQrs, all leads), ${mitdb.length} MIT-BIH records, ${(timePoints / 360 / 3600).toFixed(1)} h:`,
);
console.log(
  `  ${(leadSamples / seconds / 1e6).toFixed(2)} M samples/s counted as samples x leads (${leadSamples} in ${seconds.toFixed(2)} s); goal >= 10 M/s`,
);
console.log(`  ${(timePoints / seconds / 1e6).toFixed(2)} M time points/s (samples per lead)`);
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
for (const r of records.slice(0, 5)) {
  interpretEcg(r, context(r)); // warm-up
}
const times = records.map((r) => {
  const ms = timeMs(() => interpretEcg(r, context(r)));
  sampleMemory();
  return ms;
});
const sorted = [...times].sort((a, b) => a - b);
const at = (q: number): number => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
const median =
  sorted.length % 2 === 1
    ? at(0.5)
    : ((sorted[sorted.length / 2 - 1] ?? 0) + (sorted[sorted.length / 2] ?? 0)) / 2;
console.log(
  `Full interpretation (interpretEcg), ${records.length} records of 10 s, 12 leads, 500 Hz (${TWELVE_LEAD_FOLDERS.join(', ')}):`,
);
console.log(
  `  median ${median.toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${(sorted[0] ?? NaN).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms; goal median <= 5 ms`,
);
const slowest = times.indexOf(sorted.at(-1) ?? NaN);
console.log(`  slowest: ${names[slowest] ?? '-'}`);

// 3. Memory.
console.log(
  `Peak memory: RSS ${mib(peak.rssBytes)} (max of process.memoryUsage().rss after each record), heap used ${mib(peak.heapBytes)}; kernel peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`,
);
