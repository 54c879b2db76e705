/**
 * `npm run bench` (in packages/ecg-cli, or from the root): the engine's speed and memory on the
 * team's real development records (`../shared/data/ecg`), figures only, no pass/fail (the issue's
 * goals, ≥ 10 M samples/s for detection and ≤ 5 ms median per interpretation, are printed next to
 * them). On one core, in this process; reading the files is never timed, and nothing is cached
 * between calls (every call filters its record afresh; only the memory of its work arrays is
 * reused, `ecg-signal/src/memory/scratch.ts`, as in the server's ingest threads). Warm-up, so that
 * JIT compilation is not timed: one untimed detection pass over the MIT-BIH records before the
 * detection passes, one untimed interpretation pass over all the records before the interpretation
 * passes (on a busy machine V8's optimising compiler takes long enough that ten records left the
 * first pass partly in unoptimised code). Each figure is given as wall-clock time and as the
 * process's CPU time (`process.cpuUsage`, user + system, all of its threads) over the same calls:
 * on a shared machine the wall clock also counts the time other processes held the core, which the
 * CPU time leaves out; the CPU time in turn adds V8's own compiler and GC threads, which may run
 * beside the call on another core (so it can exceed the wall clock).
 * 1. QRS detection throughput: `detectQrs` on all leads of the ten MIT-BIH records, as
 *    samples × leads per second, and as samples (time points) per second, in each of
 *    {@link PASSES} passes.
 * 2. Full interpretation (`interpretEcg`) per 10 s, 12-lead, 500 Hz record: every 12-lead
 *    record at 500 Hz of at least 10 s in the development folders, cut to its first 10 s;
 *    median, p95 (nearest rank), min and max, in each of {@link PASSES} passes over all records
 *    (the machine is shared: passes differ by its load, the quietest is the fairest).
 * 3. Each public stage on its own over the same records (median, ms): with its own filtering, so
 *    the stages add up to more than one interpretation, which filters each lead once for all.
 * 4. Where an interpretation's time goes: the share of V8 profiler samples per pipeline stage
 *    and the functions with the most time of their own, over {@link PASSES} further passes
 *    (`interpret-profile.ts`).
 * 5. Peak memory: the largest `process.memoryUsage()` RSS and heap seen after each record, and
 *    the kernel's peak RSS (`process.resourceUsage().maxRSS`).
 * 6. File readers: ms per file and MB/s for each reader over `../shared/data/ecg-formats`.
 *
 * `--only=qrs,interpret,stages,profile,formats` runs only the named sections (memory is printed
 * whenever the engine ran); `--passes=N` sets the number of timed passes (default
 * {@link PASSES}).
 */
import { basename } from 'node:path';
import { cpus } from 'node:os';
import { detectQrs, interpretEcg, type EcgSignal } from '@gesang/ecg-signal';
import type { EcgRecord } from '@gesang/ecg-formats';
import { loadWfdbRecord } from '../disk/load-wfdb.js';
import { findFiles, sharedDataPath } from '../disk/shared-data.js';
import { runFormatBench } from './format-bench.js';
import { profileInterpretation } from './interpret-profile.js';
import { STAGES, stageTimes, summariseTimes, timeCall } from './stage-times.js';

const TWELVE_LEAD_FOLDERS = [
  'ptbxl',
  'ptbxl_wfdb',
  'georgia',
  'chapman_ningbo',
  'cpsc2018',
  'cpsc2018_extra',
  'ludb',
];
/** Timed passes over the detection and interpretation records, unless `--passes=N`. */
const PASSES = 3;
const SECTIONS = ['qrs', 'interpret', 'stages', 'profile', 'formats'] as const;
const args = process.argv.slice(2);
const argValue = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = argValue('only')?.split(',');
const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
if (unknown.length > 0) {
  throw new Error(`--only: unknown section ${unknown.join(', ')} (one of ${SECTIONS.join(', ')})`);
}
const passes = Number(argValue('passes') ?? PASSES);
if (!Number.isInteger(passes) || passes < 1) {
  throw new Error('--passes: a positive integer');
}
/** Whether a section is to run. */
const runs = (section: (typeof SECTIONS)[number]): boolean => only?.includes(section) ?? true;
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
if (runs('qrs')) {
  const mitdb: EcgSignal[] = [];
  for (const hea of findFiles(sharedDataPath('ecg', 'mitdb'), '.hea')) {
    mitdb.push((await loadWfdbRecord(hea)).record);
  }
  for (const signal of mitdb) {
    detectQrs(signal); // warm-up pass, untimed
  }
  console.log(`QRS detection (detectQrs, all leads), ${mitdb.length} MIT-BIH records:`);
  for (let pass = 1; pass <= passes; pass++) {
    let detectionMs = 0;
    let detectionCpuMs = 0;
    let leadSamples = 0;
    let timePoints = 0;
    for (const signal of mitdb) {
      const t = timeCall(() => detectQrs(signal));
      detectionMs += t.wallMs;
      detectionCpuMs += t.cpuMs;
      const n = signal.leads[0]?.samplesUv.length ?? 0;
      leadSamples += n * signal.leads.length;
      timePoints += n;
      sampleMemory();
    }
    const seconds = detectionMs / 1000;
    console.log(
      `  pass ${pass}: ${(leadSamples / seconds / 1e6).toFixed(2)} M samples/s counted as samples x leads (${leadSamples} in ${seconds.toFixed(2)} s; CPU time ${(leadSamples / detectionCpuMs / 1e3).toFixed(2)} M/s), ${(timePoints / seconds / 1e6).toFixed(2)} M time points/s (${(timePoints / 360 / 3600).toFixed(1)} h); goal >= 10 M/s`,
    );
  }
}

// 2. Full interpretation per 10 s, 12-lead, 500 Hz record.
const records: EcgRecord[] = [];
const names: string[] = [];
if (runs('interpret') || runs('stages') || runs('profile')) {
  for (const folder of TWELVE_LEAD_FOLDERS) {
    for (const hea of findFiles(sharedDataPath('ecg', folder), '.hea')) {
      const cut = tenSeconds((await loadWfdbRecord(hea)).record);
      if (cut !== null) {
        records.push(cut);
        names.push(`${folder}/${basename(hea, '.hea')}`);
      }
    }
  }
}
const context = (
  r: EcgRecord,
): { sex?: 'male' | 'female' | 'other' | 'unknown'; ageYears?: number } => ({
  ...(r.patient.sex === undefined ? {} : { sex: r.patient.sex }),
  ...(r.patient.ageYears === undefined ? {} : { ageYears: r.patient.ageYears }),
});
if (runs('interpret')) {
  for (const r of records) {
    interpretEcg(r, context(r)); // warm-up
  }
  console.log(
    `Full interpretation (interpretEcg), ${records.length} records of 10 s, 12 leads, 500 Hz (${TWELVE_LEAD_FOLDERS.join(', ')}), ${passes} passes:`,
  );
  for (let pass = 1; pass <= passes; pass++) {
    const cpuTimes: number[] = [];
    const times = records.map((r) => {
      const t = timeCall(() => interpretEcg(r, context(r)));
      cpuTimes.push(t.cpuMs);
      sampleMemory();
      return t.wallMs;
    });
    const s = summariseTimes(times);
    const c = summariseTimes(cpuTimes);
    const slowest = names[times.indexOf(s.maxMs)] ?? '-';
    console.log(
      `  pass ${pass}: median ${ms(s.medianMs)}, p95 ${ms(s.p95Ms)}, min ${ms(s.minMs)}, max ${ms(s.maxMs)} (${slowest}); CPU time median ${ms(c.medianMs)}, p95 ${ms(c.p95Ms)}; goal median <= 5 ms`,
    );
  }
}

// 3. Each public stage on its own.
if (runs('stages')) {
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
}

// 4. Where an interpretation's time goes.
if (runs('profile')) {
  if (!runs('interpret')) {
    // The warm-up pass of section 2, so that the profile is of optimised code.
    records.forEach((r) => interpretEcg(r, context(r)));
  }
  const profile = await profileInterpretation(() => {
    for (let pass = 0; pass < passes; pass++) {
      records.forEach((r) => interpretEcg(r, context(r)));
    }
  });
  const percent = (share: number): string => `${(100 * share).toFixed(1)} %`;
  console.log(
    `Profile of ${passes} interpretation passes (V8 sampling profiler, ${profile.samples} samples inside interpretEcg), share by stage:`,
  );
  for (const { name, share } of profile.stages) {
    console.log(`  ${percent(share).padStart(7)}  ${name}`);
  }
  console.log('  functions with the most time in their own code:');
  for (const { name, share } of profile.selfTime.slice(0, 10)) {
    console.log(`  ${percent(share).padStart(7)}  ${name}`);
  }
}

// 5. Memory.
if (runs('qrs') || runs('interpret') || runs('stages') || runs('profile')) {
  console.log(
    `Peak memory: RSS ${mib(peak.rssBytes)} (max of process.memoryUsage().rss after each record), heap used ${mib(peak.heapBytes)}; kernel peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}`,
  );
}

// 6. The file readers over the shared format samples (after the memory figures, which are the
// engine's).
if (runs('formats')) {
  runFormatBench((line) => console.log(line));
}
