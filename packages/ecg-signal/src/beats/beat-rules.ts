/**
 * The rules that turn evidence into AAMI classes. A shape cluster is ventricular when its mean
 * beat differs from the dominant one and the differences in shape, width and timing add up
 * ({@link ventricularPoints} ≥ {@link VENTRICULAR_POINTS}); a premature beat of normal shape is
 * supraventricular; a beat in a noisy stretch that would otherwise be ventricular is
 * unclassifiable. The features are those of de Chazal, O'Dwyer & Reilly 2004 (IEEE TBME
 * 51(7):1196–1206: pre-/post-RR, local RR, QRS width, QRS shape) and Hamilton 2002 (dominant
 * template, prematurity, compensatory pause); departure from both: hand-set points on features
 * relative to the patient's own dominant beat instead of a trained discriminant or network, so
 * the same rules serve a 10-s 12-lead ECG and a 30-min Holter without training data. One rule
 * set for every record; nothing is tuned per patient.
 */
import type { ClusterEvidence, RecordEvidence } from './cluster-evidence.js';
import type { RrFeatures } from './rr-features.js';
import type { BeatType } from './types.js';

/** Points needed for a ventricular cluster. */
const VENTRICULAR_POINTS = 4;
/** pre-RR / local RR below this is premature (ventricular evidence and S rule). */
const PREMATURE_RATIO = 0.9;
/** post-RR / local RR above this is a compensatory pause. */
const COMPENSATORY_RATIO = 1.1;
/** A beat of normal shape this premature is supraventricular (pre-RR / local RR). */
const SUPRAVENTRICULAR_RATIO = 0.85;
/** Shapes seen fewer times than this need timing evidence (premature and compensatory). */
const REPEATED_SHAPE = 3;
/** An on-time shape is persistent when this share of its members sit next to another member. */
const PERSISTENT_SHARE = 0.5;
/** Noise index (`beat-noise.ts`) from which a lone odd beat is unclassifiable rather than V. */
const NOISY = 0.3;

/**
 * Points of ventricular evidence of a cluster: shape (correlation with the dominant mean beat:
 * < 0.9 → 1, < 0.8 → 2, < 0.5 → 3; relative residual > 0.6 → +1, > 1 → +2), width (≥ 20 ms
 * wider → 1, ≥ 40 ms → 2) and timing (premature → 1, compensatory pause → 1).
 * @param c - the cluster's evidence
 * @param preRatio - median pre-RR / local RR of its members
 * @param postRatio - median post-RR / local RR of its members
 * @returns shape, width and timing points
 * @example
 * ventricularPoints(cluster, 0.6, 1.4); // { shape: 3, width: 2, timing: 2 } for a typical PVC
 */
export function ventricularPoints(
  c: Pick<ClusterEvidence, 'correlation' | 'residualRatio' | 'widthDifferenceMs'>,
  preRatio: number,
  postRatio: number,
): { shape: number; width: number; timing: number } {
  const r = c.correlation;
  const shape =
    (r >= 0.9 ? 0 : r >= 0.8 ? 1 : r >= 0.5 ? 2 : 3) +
    (c.residualRatio > 1 ? 2 : c.residualRatio > 0.6 ? 1 : 0);
  const width = c.widthDifferenceMs >= 40 ? 2 : c.widthDifferenceMs >= 20 ? 1 : 0;
  const timing = (preRatio < PREMATURE_RATIO ? 1 : 0) + (postRatio > COMPENSATORY_RATIO ? 1 : 0);
  return { shape, width, timing };
}

/**
 * Labels every beat.
 * @param evidence - morphology evidence from `clusterEvidence`
 * @param rr - RR features from `rrFeatures`
 * @returns one class per beat
 * @example
 * labelBeats(evidence, rrFeatures(fiducials, 360));
 */
export function labelBeats(evidence: RecordEvidence, rr: RrFeatures): BeatType[] {
  const count = evidence.clusterOf.length;
  const types = new Array<BeatType>(count).fill('N');
  const odd = new Uint8Array(count);
  const needAgree = Math.max(1, Math.ceil(evidence.leadCount / 4));
  const pre = (b: number): number =>
    (rr.preRrMs[b] ?? Number.NaN) / (rr.localRrMs[b] ?? Number.NaN);
  const post = (b: number): number =>
    (rr.postRrMs[b] ?? Number.NaN) / (rr.localRrMs[b] ?? Number.NaN);
  const noisy = (b: number): boolean => (evidence.beatNoise[b] ?? 0) >= NOISY;
  evidence.clusters.forEach((c, k) => {
    const repeated = c.members.length >= REPEATED_SHAPE;
    const judge = (preRatio: number, postRatio: number): { ventricular: boolean; odd: boolean } => {
      const points = ventricularPoints(c, preRatio, postRatio);
      // One lead matching the dominant beat alone: an artefact in the others, unless the timing
      // says ectopic.
      const agrees = k === evidence.dominant || (c.agreeingLeads >= needAgree && points.timing < 2);
      // A shape change that persists over consecutive beats at the sinus rate is a change of the
      // normal beat (electrode, position, rate-related aberration), not a run of ectopics.
      const persistent = points.timing === 0 && adjacentShare(c.members) >= PERSISTENT_SHARE;
      return {
        ventricular:
          !agrees &&
          !persistent &&
          points.shape >= 1 &&
          points.shape + points.width + points.timing >= VENTRICULAR_POINTS &&
          (repeated || points.timing === 2),
        odd: !agrees && points.shape >= 2,
      };
    };
    // A repeated shape is judged once on its members' median timing; a rare one beat by beat.
    const shared = repeated ? judge(median(c.members.map(pre)), median(c.members.map(post))) : null;
    for (const b of c.members) {
      const verdict = shared ?? judge(pre(b), post(b));
      odd[b] = verdict.odd ? 1 : 0;
      if (verdict.ventricular) {
        types[b] = !repeated && noisy(b) ? 'Q' : 'V';
      } else if (pre(b) < SUPRAVENTRICULAR_RATIO) {
        types[b] = 'S';
      }
    }
  });
  // Inside a ventricular run the pause comes only after the last beat: a premature odd-shaped
  // beat next to a V beat is V too. Two sweeps reach runs of a few beats from either end.
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let b = 0; b < count; b++) {
      const besideV = types[b - 1] === 'V' || types[b + 1] === 'V';
      if (types[b] !== 'V' && odd[b] === 1 && besideV && pre(b) < PREMATURE_RATIO && !noisy(b)) {
        types[b] = 'V';
      }
    }
  }
  return types;
}

/** Share of the members (ascending beat indices) whose neighbour beat is a member too. */
function adjacentShare(members: readonly number[]): number {
  if (members.length < 2) {
    return 0;
  }
  const adjacent = members.filter((b, i) => members[i - 1] === b - 1 || members[i + 1] === b + 1);
  return adjacent.length / members.length;
}

function median(values: number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return finite.length === 0 ? Number.NaN : (finite[finite.length >> 1] ?? Number.NaN);
}
