/**
 * Where a full interpretation spends its time: V8's sampling profiler (through `node:inspector`,
 * in this process) over passes of `interpretEcg`, each sample credited to the pipeline stage whose
 * function is nearest to it on the stack. The filtered leads that several stages share
 * (`ensure` in `ecg-signal/src/prepared/lead-products.ts`) are counted apart, whichever stage
 * first asked for them. Function names are the engine's own: a renamed stage falls under "other".
 */
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';

/** The function that computes the shared filtered leads: it marks a sample wherever it stands. */
const SHARED = 'ensure';
/** Stage names by the engine function that marks them on the stack. */
const STAGE_OF_FUNCTION = new Map([
  [SHARED, 'shared filtered leads'],
  ['assessPreparedQuality', 'signal quality'],
  ['detectPreparedQrs', 'QRS detection'],
  ['classifyPreparedBeats', 'beat typing'],
  ['buildMedianBeats', 'median beats (alignment template and representative beat)'],
  ['alignAndSelectBeats', 'beat alignment, other than its template'],
  ['delineateMedianBeats', 'delineation'],
  ['measurePreparedEcg', 'measurements, other'],
  ['analyzePreparedRhythm', 'rhythm'],
  ['addMorphologyAndSt', 'pacing, morphology, ST'],
]);
/** The entry point: samples without it on the stack are not the engine's. */
const ENTRY = 'interpretEcg';

/** A part of the profiled engine time. */
export interface ProfileShare {
  /** A stage, or a function as `name folder/file`. */
  name: string;
  /** Its share of the samples under `interpretEcg`, 0–1. */
  share: number;
}

/** Shares of the profiled engine time, each list largest first. */
export interface InterpretProfile {
  /** Samples under `interpretEcg`. */
  samples: number;
  /** Per stage. */
  stages: ProfileShare[];
  /** Per function, the samples in its own code (not in what it calls). */
  selfTime: ProfileShare[];
}

/**
 * Profiles a workload and divides the engine's samples among the stages.
 * @param run - the calls to profile (e.g. passes of `interpretEcg` over the records)
 * @param intervalUs - sampling interval, µs (default 200)
 * @returns the shares
 * @example const profile = await profileInterpretation(() => records.forEach((r) => interpretEcg(r)));
 */
export async function profileInterpretation(
  run: () => void,
  intervalUs = 200,
): Promise<InterpretProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
    await session.post('Profiler.start');
    run();
    const { profile } = await session.post('Profiler.stop');
    return divideProfile(profile);
  } finally {
    session.disconnect();
  }
}

/**
 * Credits each sample under {@link ENTRY} to its stage and its own function.
 * @param profile - a V8 CPU profile
 * @returns the shares
 */
export function divideProfile(profile: Profiler.Profile): InterpretProfile {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parentOf.set(child, node.id);
    }
  }
  const nodeOf = new Map(profile.nodes.map((node) => [node.id, node]));
  // Samples are node ids: each sampled node's stack is walked once, for all of its samples.
  const hits = new Map<number, number>();
  for (const leaf of profile.samples ?? []) {
    hits.set(leaf, (hits.get(leaf) ?? 0) + 1);
  }
  const stageCounts = new Map<string, number>();
  const selfCounts = new Map<string, number>();
  let samples = 0;
  for (const [leaf, count] of hits) {
    const names: string[] = [];
    for (let id: number | undefined = leaf; id !== undefined; id = parentOf.get(id)) {
      names.push(nodeOf.get(id)?.callFrame.functionName ?? '');
    }
    if (!names.includes(ENTRY)) {
      continue;
    }
    samples += count;
    const marked = names.includes(SHARED) ? SHARED : names.find((n) => STAGE_OF_FUNCTION.has(n));
    const stage = STAGE_OF_FUNCTION.get(marked ?? '') ?? 'other';
    stageCounts.set(stage, (stageCounts.get(stage) ?? 0) + count);
    const frame = nodeOf.get(leaf)?.callFrame;
    const where = `${frame?.functionName || '(anonymous)'} ${frame?.url.split('/').slice(-2).join('/') ?? ''}`;
    selfCounts.set(where, (selfCounts.get(where) ?? 0) + count);
  }
  const shares = (counts: Map<string, number>): ProfileShare[] =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => ({ name, share: count / Math.max(1, samples) }));
  return { samples, stages: shares(stageCounts), selfTime: shares(selfCounts) };
}
