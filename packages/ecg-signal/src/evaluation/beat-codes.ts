/**
 * MIT/WFDB annotation codes (WFDB `ecgcodes.h`) and their AAMI EC57 beat classes, as used by the
 * standard's beat-by-beat comparison (WFDB `bxb`, Moody 1987–2001).
 */

/** AAMI EC57 beat class: normal, supraventricular ectopic, ventricular ectopic, fusion, unknown. */
export type AamiBeatClass = 'N' | 'S' | 'V' | 'F' | 'Q';

/** MIT beat codes mapped to their AAMI class; codes absent here (rhythm, noise, ...) are not beats. */
const aamiClassByMitCode: ReadonlyMap<number, AamiBeatClass> = new Map<number, AamiBeatClass>([
  [1, 'N'], // N normal
  [2, 'N'], // L left bundle branch block
  [3, 'N'], // R right bundle branch block
  [25, 'N'], // B bundle branch block (unspecified)
  [4, 'S'], // a aberrated atrial premature
  [7, 'S'], // J nodal (junctional) premature
  [8, 'S'], // A atrial premature
  [9, 'S'], // S supraventricular premature
  [11, 'S'], // j nodal escape
  [34, 'S'], // e atrial escape
  [35, 'S'], // n supraventricular escape
  [5, 'V'], // V premature ventricular contraction
  [10, 'V'], // E ventricular escape
  [41, 'V'], // r R-on-T premature ventricular contraction
  [6, 'F'], // F fusion of ventricular and normal
  [13, 'Q'], // Q unclassifiable
  [30, 'Q'], // ? beat not classified during learning
  // EC57 excludes paced records from reporting; bxb scores paced and paced-fusion beats as Q.
  [12, 'Q'], // / paced
  [38, 'Q'], // f fusion of paced and normal
]);

/**
 * The AAMI class of an MIT annotation code, or `null` when the code is not a beat (rhythm change
 * `+` = 28, noise `~` = 14, comment = 22, ...; those are never scored).
 * @param mitCode WFDB annotation code, 0–63.
 * @returns the AAMI beat class, or null for a non-beat annotation.
 * @example aamiClassOfMitCode(5) // 'V'
 */
export function aamiClassOfMitCode(mitCode: number): AamiBeatClass | null {
  return aamiClassByMitCode.get(mitCode) ?? null;
}

/**
 * True when an MIT annotation code marks a beat (a QRS complex) that EC57 scores.
 * @param mitCode WFDB annotation code, 0–63.
 * @returns whether the code is one of the beat codes.
 * @example isMitBeatCode(28) // false: rhythm change
 */
export function isMitBeatCode(mitCode: number): boolean {
  return aamiClassByMitCode.has(mitCode);
}
