/**
 * The cardiologists' delineation of LUDB (Kalyakulina et al. 2020, IEEE Access 8:186181) as
 * beats: each lead's annotation file holds `(` onset, peak (`p`, `N`, `t`), `)` end triplets
 * (see `shared/data/ecg/README.md`). Twelve files (records 7, 8, 111, 198) break the pattern:
 * an onset missing, or written one sample after its peak; such waves are kept with the marks
 * that exist (a missing mark is null), nothing is invented.
 */
import type { WfdbAnnotation } from '@gesang/ecg-formats';

/** One annotated wave of one lead, sample indices. */
export interface LudbWave {
  kind: 'p' | 'N' | 't';
  onset: number | null;
  peak: number;
  end: number | null;
}

/** One beat across the leads; a lead's entry is null when that lead has no such wave. */
export interface LudbBeat {
  /** Median of the leads' QRS peak annotations, samples. */
  fiducial: number;
  qrs: (LudbWave | null)[];
  p: (LudbWave | null)[];
  t: (LudbWave | null)[];
}

/** A swapped onset lies at most this many samples after its peak. */
const SWAP_SAMPLES = 2;

/**
 * Groups one lead's annotations into waves.
 * @param annotations - the lead file, in file order
 * @returns the waves in time order
 * @example
 * parseLudbWaves(await loadWfdbAnnotations('ludb/1.ii')).filter((w) => w.kind === 'N').length; // 6
 */
export function parseLudbWaves(annotations: readonly WfdbAnnotation[]): LudbWave[] {
  const waves: LudbWave[] = [];
  const used = new Set<number>();
  annotations.forEach((a, i) => {
    if (a.symbol !== 'p' && a.symbol !== 'N' && a.symbol !== 't') {
      return;
    }
    const before = annotations[i - 1];
    const after = annotations[i + 1];
    let onset: number | null = null;
    let next = i + 1;
    if (before?.symbol === '(' && !used.has(i - 1)) {
      onset = before.sample;
      used.add(i - 1);
    } else if (after?.symbol === '(' && after.sample - a.sample <= SWAP_SAMPLES) {
      onset = after.sample;
      used.add(i + 1);
      next = i + 2;
    }
    const closing = annotations[next];
    const end = closing?.symbol === ')' ? closing.sample : null;
    waves.push({ kind: a.symbol, onset, peak: a.sample, end });
  });
  return waves;
}

/**
 * Beats across leads: QRS peaks of all leads inside one annotated QRS (or within 100 ms) form
 * one beat; each lead's P wave is
 * the last one peaking between the previous beat and this QRS, its T wave the first one peaking
 * between this QRS and the next beat.
 * @param leads - waves per lead ({@link parseLudbWaves})
 * @param sampleRateHz - Hz (500 for LUDB)
 * @returns the beats in time order
 * @example
 * const beats = ludbBeats(leadFiles.map(parseLudbWaves), 500);
 */
export function ludbBeats(leads: readonly LudbWave[][], sampleRateHz: number): LudbBeat[] {
  const peaks = leads
    .flatMap((waves, lead) => waves.filter((w) => w.kind === 'N').map((w) => ({ lead, w })))
    .sort((a, b) => a.w.peak - b.w.peak);
  // A peak belongs to the current beat while it lies inside the QRS annotated so far (leads
  // put the peak on R or on S of a wide complex) or within 100 ms of its first peak.
  const groups: (typeof peaks)[] = [];
  let groupEnd = -Infinity;
  for (const item of peaks) {
    const group = groups.at(-1);
    if (group && item.w.peak <= groupEnd) {
      group.push(item);
    } else {
      groups.push([item]);
      groupEnd = item.w.peak + 0.1 * sampleRateHz;
    }
    groupEnd = Math.max(groupEnd, item.w.end ?? -Infinity);
  }
  const fiducials = groups.map((g) => {
    const sorted = g.map((x) => x.w.peak).sort((a, b) => a - b);
    return sorted[(sorted.length - 1) >> 1] ?? 0;
  });
  return groups.map((group, b) => {
    const previous = fiducials[b - 1] ?? -Infinity;
    const next = fiducials[b + 1] ?? Infinity;
    const fiducial = fiducials[b] ?? 0;
    return {
      fiducial,
      qrs: leads.map((_, lead) => group.find((x) => x.lead === lead)?.w ?? null),
      p: leads.map(
        (waves) =>
          waves.filter((w) => w.kind === 'p' && w.peak > previous && w.peak < fiducial).at(-1) ??
          null,
      ),
      t: leads.map(
        (waves) => waves.find((w) => w.kind === 't' && w.peak > fiducial && w.peak < next) ?? null,
      ),
    };
  });
}
