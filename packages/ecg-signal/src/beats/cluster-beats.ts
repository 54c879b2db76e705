/**
 * Groups the beats of a record by shape: each beat joins the active template it matches best
 * (correlation ≥ {@link JOIN_CORRELATION}, relative residual ≤ {@link JOIN_RESIDUAL}) and updates
 * it, or starts a new one. This is the template clustering of Hamilton's open-source classifier
 * (Hamilton 2002, "Open source ECG analysis", Computers in Cardiology 29:101–104), which keeps at
 * most eight templates; departures: {@link MAX_ACTIVE} templates, pooled multi-lead Pearson
 * correlation of all leads instead of his single-lead difference measure, and each cluster's final
 * shape is the mean of all its aligned members (offline) rather than the last running average.
 * Clusters are not labelled here; `classify-beats.ts` decides what each one is. Work is shared,
 * not repeated: each beat's energy per shift is computed once (`beat-sums.ts`) for every template
 * it meets and for `cluster-evidence.ts`, a template is centred again only after it has changed,
 * and a joining beat updates its template straight from the leads.
 */
import { matchCentred } from './beat-correlation.js';
import { beatPowerInto, centreTemplate, type CentredTemplate } from './beat-sums.js';
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
  /**
   * Per beat, its energy at every shift (`beatPowerInto`): 2·maxLag + 1 entries from beat b ×
   * (2·maxLag + 1), for the matches of `cluster-evidence.ts` to reuse.
   */
  beatPower: Float64Array;
}

/** A template being built, and its centred form (`stale` once the template has changed). */
interface RunningTemplate {
  template: BeatTemplate;
  centred: CentredTemplate | undefined;
  stale: boolean;
  cluster: number;
  lastUse: number;
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
  const running: RunningTemplate[] = [];
  const members: number[][] = [];
  const clusterOf = new Int32Array(fiducials.length);
  const lagOf = new Int32Array(fiducials.length);
  const { preSamples, maxLagSamples: maxLag } = window;
  const width = preSamples + window.postSamples + 1;
  const lags = 2 * maxLag + 1;
  const beatPower = new Float64Array(fiducials.length * lags);
  fiducials.forEach((fiducial, b) => {
    const power = beatPower.subarray(b * lags, (b + 1) * lags);
    beatPowerInto(leadsUv, leadsUv.length, fiducial - preSamples, width, maxLag, power);
    let best = { slot: -1, correlation: -1, lag: 0 };
    for (const slot of bySize(running, members)) {
      const entry = running[slot];
      if (entry === undefined) {
        continue;
      }
      if (entry.centred === undefined || entry.stale) {
        entry.centred = centreTemplate(entry.template, entry.centred);
        entry.stale = false;
      }
      const m = matchCentred(leadsUv, fiducial, entry.centred, maxLag, power);
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
    const entry = running[best.slot];
    if (entry !== undefined) {
      const weight = 1 / Math.min(MEMORY_BEATS, (members[entry.cluster]?.length ?? 0) + 1);
      updateTemplate(entry.template, leadsUv, fiducial + best.lag - preSamples, weight);
      entry.stale = true;
      entry.lastUse = b;
      members[entry.cluster]?.push(b);
      clusterOf[b] = entry.cluster;
      lagOf[b] = best.lag;
      return;
    }
    const fresh = {
      template: cutBeat(leadsUv, fiducial + best.lag, window),
      centred: undefined,
      stale: true,
      cluster: members.length,
      lastUse: b,
    };
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
  return { clusters, clusterOf, lagOf, beatPower };
}

/** Slots of the running templates, largest cluster first (ties in slot order). */
function bySize(running: readonly RunningTemplate[], members: readonly number[][]): number[] {
  const size = (slot: number): number => members[running[slot]?.cluster ?? 0]?.length ?? 0;
  return [...running.keys()].sort((x, y) => size(y) - size(x));
}

/**
 * Running average: t += weight · (x − t) per lead, x the leads from `start` on (0 outside the
 * record, as `cutBeat` cuts them), read in place rather than cut out first.
 */
function updateTemplate(
  template: BeatTemplate,
  leadsUv: readonly Float32Array[],
  start: number,
  weight: number,
): void {
  template.leadsUv.forEach((t, l) => {
    const lead = leadsUv[l];
    if (lead === undefined) {
      return;
    }
    for (let i = 0; i < t.length; i++) {
      const k = start + i;
      const x = k >= 0 && k < lead.length ? (lead[k] as number) : 0;
      const v = t[i] as number;
      t[i] = v + weight * (x - v);
    }
  });
}

function leastUsedSlot(running: readonly RunningTemplate[], members: readonly number[][]): number {
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
