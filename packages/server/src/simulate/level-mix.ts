import { GesangError, type EcgTriageLevel } from '@gesang/domain';
import { pickIndex, type Rng } from './rng.js';

/**
 * How the simulated stream draws each ECG's triage level from the real files' levels: a file
 * picked uniformly at random (with replacement), so the stream has the files' mix; or, with
 * `criticalShare`, a critical file with that probability and otherwise a non-critical one (urgent
 * and routine then keep the files' proportion).
 * @param fileLevels the triage level of each real file (its analysis by the engine).
 * @param criticalShare probability 0–1 that an ECG is critical, or null for the files' own mix.
 * @returns the picker for generateStudies.
 * @throws GesangError 400 naming `--critical-share` when the files have no ECG of a kind it needs,
 * or `--files` when there are no files at all.
 * @example levelPicker(['routine', 'critical'], 0.05)(rng) // 'critical' 5 % of the time
 */
export function levelPicker(
  fileLevels: readonly EcgTriageLevel[],
  criticalShare: number | null,
): (rng: Rng) => EcgTriageLevel {
  if (fileLevels.length === 0) {
    throw GesangError.badRequest('No analysable ECG file to replay', '--files');
  }
  const pick = (levels: readonly EcgTriageLevel[], rng: Rng): EcgTriageLevel =>
    levels[pickIndex(rng, levels.length)] as EcgTriageLevel;
  if (criticalShare === null) {
    return (rng) => pick(fileLevels, rng);
  }
  const others = fileLevels.filter((level) => level !== 'critical');
  const hasCritical = others.length < fileLevels.length;
  if (criticalShare > 0 && !hasCritical) {
    throw GesangError.badRequest(
      'No file was triaged critical, so no critical ECG can be replayed; add files or drop --critical-share',
      '--critical-share',
    );
  }
  if (criticalShare < 1 && others.length === 0) {
    throw GesangError.badRequest(
      'Every file was triaged critical, so no other ECG can be replayed; use --critical-share 1 or add files',
      '--critical-share',
    );
  }
  return (rng) => (rng.next() < criticalShare ? 'critical' : pick(others, rng));
}

/**
 * How many of each level.
 * @param levels any list of levels.
 * @returns the counts, every level present (0 when absent).
 * @example countLevels(['routine', 'routine']) // { critical: 0, urgent: 0, routine: 2 }
 */
export function countLevels(levels: Iterable<EcgTriageLevel>): Record<EcgTriageLevel, number> {
  const counts: Record<EcgTriageLevel, number> = { critical: 0, urgent: 0, routine: 0 };
  for (const level of levels) {
    counts[level] += 1;
  }
  return counts;
}
