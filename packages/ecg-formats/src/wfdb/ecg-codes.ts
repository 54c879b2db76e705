/**
 * WFDB annotation codes, written from the table in `ecgcodes.h` of the WFDB Software Package
 * (G. B. Moody, PhysioNet; also listed in the ecgcodes(3)/annot(5) documentation): code → mnemonic
 * symbol, and which codes are beats (QRS complexes) for EC57 scoring.
 */

/** Symbol of each code 0–41 (ecgcodes.h); 15 and 17 are unassigned, 42–49 user-defined. */
const SYMBOLS: readonly string[] = [
  ' ', // 0 NOTQRS: not a QRS (not written by annotators)
  'N', // 1 NORMAL: normal beat
  'L', // 2 LBBB: left bundle branch block beat
  'R', // 3 RBBB: right bundle branch block beat
  'a', // 4 ABERR: aberrated atrial premature beat
  'V', // 5 PVC: premature ventricular contraction
  'F', // 6 FUSION: fusion of ventricular and normal beat
  'J', // 7 NPC: nodal (junctional) premature beat
  'A', // 8 APC: atrial premature contraction
  'S', // 9 SVPB: premature or ectopic supraventricular beat
  'E', // 10 VESC: ventricular escape beat
  'j', // 11 NESC: nodal (junctional) escape beat
  '/', // 12 PACE: paced beat
  'Q', // 13 UNKNOWN: unclassifiable beat
  '~', // 14 NOISE: signal quality change
  '[15]', // 15 unassigned
  '|', // 16 ARFCT: isolated QRS-like artifact
  '[17]', // 17 unassigned
  's', // 18 STCH: ST change
  'T', // 19 TCH: T-wave change
  '*', // 20 SYSTOLE
  'D', // 21 DIASTOLE
  '"', // 22 NOTE: comment annotation
  '=', // 23 MEASURE: measurement annotation
  'p', // 24 PWAVE: P-wave peak
  'B', // 25 BBB: left or right bundle branch block beat
  '^', // 26 PACESP: non-conducted pacer spike
  't', // 27 TWAVE: T-wave peak
  '+', // 28 RHYTHM: rhythm change
  'u', // 29 UWAVE: U-wave peak
  '?', // 30 LEARN: beat not classified during learning
  '!', // 31 FLWAV: ventricular flutter wave
  '[', // 32 VFON: start of ventricular flutter/fibrillation
  ']', // 33 VFOFF: end of ventricular flutter/fibrillation
  'e', // 34 AESC: atrial escape beat
  'n', // 35 SVESC: supraventricular escape beat
  '@', // 36 LINK: link to external data (aux holds the URL)
  'x', // 37 NAPC: non-conducted P-wave (blocked APB)
  'f', // 38 PFUS: fusion of paced and normal beat
  '(', // 39 WFON: waveform onset (also PQ junction)
  ')', // 40 WFOFF: waveform end (also J point)
  'r', // 41 RONT: R-on-T premature ventricular contraction
];

/** Beat (QRS) codes: the README's list, the same as WFDB's `isqrs` table. */
const BEAT_CODES: ReadonlySet<number> = new Set([
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 25, 30, 34, 35, 38, 41,
]);

/** Largest annotation code (ecgcodes.h `ACMAX`); 59–63 are pseudo-annotations of the file format. */
export const WFDB_MAX_ANNOTATION_CODE = 49;

/**
 * The mnemonic of an annotation code, as WFDB's `annstr` prints it.
 * @param code - annotation code, 0–49
 * @returns `N`, `V`, `+`, ...; `[n]` for unassigned or user-defined codes
 * @example
 * wfdbAnnotationSymbol(5); // 'V'
 * wfdbAnnotationSymbol(45); // '[45]'
 */
export function wfdbAnnotationSymbol(code: number): string {
  return SYMBOLS[code] ?? `[${code}]`;
}

/**
 * Whether an annotation code marks a beat (QRS complex): the codes ANSI/AAMI EC57 scoring counts.
 * Rhythm changes (`+`), noise (`~`), comments (`"`), wave boundaries and peaks are not beats.
 * @param code - annotation code
 * @returns true for N L R a V F J A S E j / Q B ? e n f r
 * @example
 * isBeatCode(1); // true (N)
 * isBeatCode(28); // false (+, rhythm change)
 */
export function isBeatCode(code: number): boolean {
  return BEAT_CODES.has(code);
}
