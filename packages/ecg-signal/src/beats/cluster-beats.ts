/**
 * Groups the beats of a record by shape: each beat joins the active template it matches best
 * (correlation ≥ {@link JOIN_CORRELATION}, relative residual ≤ {@link JOIN_RESIDUAL}) and updates
 * it, or starts a new one. This is the template clustering of Hamilton's open-source classifier
 * (Hamilton 2002, "Open source ECG analysis", Computers in Cardiology 29:101–104), which keeps at
 * most eight templates; departures: {@link MAX_ACTIVE} templates, pooled multi-lead Pearson
 * correlation of all leads instead of his single-lead difference measure, and each cluster's final
 * shape is the mean of all its aligned members (offline) rather than the last running average.
 * Clusters are not labelled here; `classify-beats.ts` decides what each one is.
 */
import { matchBeat } from './beat-correlation.js';
import { cutBeat, meanBeat, type BeatTemplate } from './beat-window.js';

/** A beat joins a template at this correlation or above. */
const JOIN_CORRELATION = 0.9;
/** ... and at this relative residual or below (amplitude must be similar too). */
const JOIN_RESIDUAL = 0.5;
/** A match this good ends the search early (most beats match the first, dominant template). */
const SURE_CORRELATION = 0.96;
/** Templates kept active at once; the least used one gives way to a new shape. */
const MAX_ACTIVE = 12;
/** Running-average memory of a template, beats. */
const MEMORY_BEATS = 16;

/** One group of look-alike beats. */
export interface BeatCluster {
  /** Mean of the aligned members, µV per lead. */
  template: BeatTemplate;
  /** Indices of the member beats, ascending. */
  members: number[];
}

/** Result of {@link clusterBeats}. */
export interface BeatClustering {
  /** The clusters, in order of creation. */
  clusters: BeatCluster[];
  /** Cluster index of each beat. */
  clusterOf: Int32Array;
  /** Shift of each beat onto its cluster's template, samples. */
  lagOf: Int32Array;
}

/**
 * Clusters beats by shape.
 * @param leadsUv - filtered leads, µV
 * @param fiducials - beat fiducials, samples, ascending
 * @param window - compared region (`preSamples`, `postSamples`) and `maxLagSamples` of shift
 * @returns the clusters and each beat's cluster and alignment shift
 * @example
 * const window = { preSamples: 18, postSamples: 27, maxLagSamples: 4 };
 * const { clusterOf } = clusterBeats(leadsUv, fiducials, window);
 */
export function clusterBeats(
  leadsUv: readonly Float32Array[],
  fiducials: Int32Array,
  window: { preSamples: number; postSamples: number; maxLagSamples: number },
): BeatClustering {
  const running: { template: BeatTemplate; cluster: number; lastUse: number }[] = [];
  const members: number[][] = [];
  const clusterOf = new Int32Array(fiducials.length);
  const lagOf = new Int32Array(fiducials.length);
  fiducials.forEach((fiducial, b) => {
    let best = { slot: -1, correlation: -1, lag: 0 };
    const order = [...running.keys()].sort(
      (x, y) =>
        (members[running[y]?.cluster ?? 0]?.length ?? 0) -
        (members[running[x]?.cluster ?? 0]?.length ?? 0),
    );
    for (const slot of order) {
      const m = matchBeat(
        leadsUv,
        fiducial,
        running[slot]?.template ?? emptyTemplate(window),
        window.maxLagSamples,
      );
      if (
        m.correlation >= JOIN_CORRELATION &&
        m.residualRatio <= JOIN_RESIDUAL &&
        m.correlation > best.correlation
      ) {
        best = { slot, correlation: m.correlation, lag: m.lagSamples };
        if (m.correlation >= SURE_CORRELATION) {
          break;
        }
      }
    }
    const beat = cutBeat(leadsUv, fiducial + best.lag, window);
    const entry = running[best.slot];
    if (entry !== undefined) {
      const weight = 1 / Math.min(MEMORY_BEATS, (members[entry.cluster]?.length ?? 0) + 1);
      entry.template.leadsUv.forEach((t, l) => {
        const x = beat.leadsUv[l] ?? t;
        for (let i = 0; i < t.length; i++) {
          t[i] = (t[i] ?? 0) + weight * ((x[i] ?? 0) - (t[i] ?? 0));
        }
      });
      entry.lastUse = b;
      members[entry.cluster]?.push(b);
      clusterOf[b] = entry.cluster;
      lagOf[b] = best.lag;
      return;
    }
    const fresh = { template: beat, cluster: members.length, lastUse: b };
    members.push([b]);
    clusterOf[b] = fresh.cluster;
    if (running.length < MAX_ACTIVE) {
      running.push(fresh);
    } else {
      running[leastUsedSlot(running, members)] = fresh;
    }
  });
  const clusters = members.map((list) => ({
    template: meanBeat(leadsUv, fiducials, lagOf, list, window),
    members: list,
  }));
  return { clusters, clusterOf, lagOf };
}

function leastUsedSlot(
  running: readonly { cluster: number; lastUse: number }[],
  members: readonly number[][],
): number {
  let worst = 0;
  const score = (k: number): number => {
    const r = running[k];
    return r === undefined ? Infinity : (members[r.cluster]?.length ?? 0) * 1e9 + r.lastUse;
  };
  for (let k = 1; k < running.length; k++) {
    if (score(k) < score(worst)) {
      worst = k;
    }
  }
  return worst;
}

function emptyTemplate(window: { preSamples: number; postSamples: number }): BeatTemplate {
  return { ...window, leadsUv: [] };
}
