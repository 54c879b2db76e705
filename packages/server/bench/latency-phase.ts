import { performance } from 'node:perf_hooks';
import type { BenchOrg } from './bench-org.js';
import type { PoolFile } from './ecg-pool.js';
import { failures, openLoop, percentile, type UploadResult } from './load.js';
import { cpuSeconds } from './process-cpu.js';
import { openReaders, type ReaderStream } from './sse-readers.js';

/** The offered load for the latency goal, uploads per second. */
export const goalRatePerS = 100;
const warmUpS = 1;
const measuredS = 10;
/** How long after the last answer the pushes may still come; later ones count as never (∞). */
const drainMs = 20_000;
/** How long the warm-up's pushes are awaited before the measured run starts anyway. */
const warmUpDrainMs = 10_000;

const ms = (v: number): string =>
  Number.isNaN(v)
    ? '—'
    : v === Infinity
      ? `> ${drainMs / 1000} s after the last answer`
      : `${v.toFixed(0)} ms`;

/** Round robin over counties, and a stride over the pool so neighbours differ in size and format. */
export const pickUpload =
  (org: BenchOrg, pool: PoolFile[]) =>
  (i: number): { session: BenchOrg['technicians'][number]; file: PoolFile } => ({
    session: org.technicians[i % org.technicians.length] ?? org.technicians[0]!,
    file: pool[(i * 7919) % pool.length] ?? pool[0]!,
  });

/** Waits until every reader has the final push (analysed or rejected) of every study, or a deadline. */
async function drain(readers: ReaderStream[], ids: string[], deadlineMs: number): Promise<void> {
  const done = (r: ReaderStream): boolean =>
    ids.every((id) => r.arrivals.analysed.has(id) || r.arrivals.rejected.has(id));
  while (performance.now() < deadlineMs && !readers.every(done)) {
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Latencies from each upload's start to each reader's arrival of `kind` for that study; a push
 * that never came by the deadline counts as infinite (so a percentile that reaches it says so).
 */
function deliveries(
  readers: ReaderStream[],
  uploads: UploadResult[],
  kind: 'received' | 'analysed',
): { latencies: Float64Array; studies: number; missing: number } {
  const studies = uploads.filter(
    (u) =>
      u.studyId !== null && (kind === 'received' || !readers[0]?.arrivals.rejected.has(u.studyId)),
  );
  const latencies = new Float64Array(studies.length * readers.length);
  let n = 0;
  let missing = 0;
  for (const reader of readers) {
    for (const u of studies) {
      const at = reader.arrivals[kind].get(u.studyId ?? '');
      latencies[n++] = at === undefined ? Infinity : at - u.startMs;
      missing += at === undefined ? 1 : 0;
    }
  }
  return { latencies, studies: studies.length, missing };
}

/**
 * The latency phase: `readers` reader sessions of the hub hold `GET /api/ecg/events` open while
 * the counties upload at a fixed `ratePerS` (the is 100 uploads/s), evenly spaced (open loop: every 1000 / `ratePerS` ms, whatever
 * the answers), for 10 s after a 1 s warm-up (whose pushes are awaited first). Prints, from the start of each upload request,
 * p50/p99 to each reader's arrival of the study's `received` push and of its `analysed` push (the
 * study entering the worklist; p50/p99 over every reader × study delivery), and to the first
 * reader's arrival of the final push (upload → analysed or rejected).
 */
export async function runLatencyPhase(
  base: string,
  org: BenchOrg,
  pool: PoolFile[],
  serverPid: number,
  ratePerS: number,
): Promise<void> {
  const readers = await openReaders(base, org.readers);
  try {
    const pick = pickUpload(org, pool);
    const warm = await openLoop(base, pick, ratePerS, warmUpS);
    const warmIds = warm.results.flatMap((u) => (u.studyId === null ? [] : [u.studyId]));
    await drain(readers.slice(0, 1), warmIds, performance.now() + warmUpDrainMs);
    const cpuBefore = cpuSeconds(serverPid);
    const t0 = performance.now();
    const { results, maxLagMs } = await openLoop(
      base,
      (i) => pick(i + warmIds.length),
      ratePerS,
      measuredS,
    );
    const answeredS = (performance.now() - t0) / 1000;
    const ids = results.flatMap((u) => (u.studyId === null ? [] : [u.studyId]));
    await drain(readers, ids, performance.now() + drainMs);
    const cpu = cpuSeconds(serverPid) - cpuBefore;
    const answers = results.map((u) => u.endMs - u.startMs);
    const received = deliveries(readers, results, 'received');
    const analysed = deliveries(readers, results, 'analysed');
    const first = results.flatMap((u) => {
      const id = u.studyId ?? '';
      const at = readers[0]?.arrivals.analysed.get(id) ?? readers[0]?.arrivals.rejected.get(id);
      return u.studyId === null ? [] : [at === undefined ? Infinity : at - u.startMs];
    });
    const rejected = ids.filter((id) => readers[0]?.arrivals.rejected.has(id)).length;
    const done = ids.filter((id) => readers[0]?.arrivals.analysed.has(id)).length;
    const p = (values: ArrayLike<number>): string =>
      `p50 ${ms(percentile(values, 50))}  p99 ${ms(percentile(values, 99))}`;
    console.log(
      [
        `latency at ${ratePerS} uploads/s offered for ${measuredS} s (evenly spaced, open loop), ` +
          `${readers.length} readers connected` +
          (ratePerS === goalRatePerS ? " (the goal's load):" : " (below the goal's load):"),
        `  ${results.length} uploads, all answered after ${answeredS.toFixed(1)} s ` +
          `(client start lag ≤ ${ms(maxLagMs)}); 201: ${ids.length}, not: ${failures(results)}`,
        `  upload answer (201):                      ${p(answers)}`,
        `  upload → received push, reader×study:     ${p(received.latencies)}  ` +
          `(n ${received.latencies.length}, undelivered ${received.missing})`,
        `  upload → worklist push (analysed), reader×study: ${p(analysed.latencies)}  ` +
          `(n ${analysed.latencies.length}, undelivered ${analysed.missing})  ${ratePerS === goalRatePerS ? '[goal p99 ≤ 1000 ms]' : ''}`,
        `  upload → analysed or rejected, per study (first reader's push): ${p(first)}  ` +
          `(${done} analysed, ${rejected} refused by ingest, ${ids.length - done - rejected} not yet)`,
        `  server process CPU ${cpu.toFixed(1)} s in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
  } finally {
    readers.forEach((r) => r.close());
  }
}
