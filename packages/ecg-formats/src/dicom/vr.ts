/**
 * Value Representations and their explicit-VR header forms (PS3.5 §6.2, Table 6.2-1; §7.1.2,
 * Tables 7.1-1 and 7.1-2).
 */

/** VRs with a 2-byte reserved field and a 4-byte length in explicit VR. */
export const LONG_VRS: ReadonlySet<string> = new Set(
  'OB OD OF OL OV OW SQ SV UC UN UR UT UV'.split(' '),
);

/** VRs with a 2-byte length in explicit VR. */
export const SHORT_VRS: ReadonlySet<string> = new Set(
  'AE AS AT CS DA DS DT FL FD IS LO LT PN SH SL SS ST TM UI UL US'.split(' '),
);

/**
 * True when `text` is a VR of PS3.5 Table 6.2-1.
 * @example isVr('OW') // true
 */
export function isVr(text: string): boolean {
  return LONG_VRS.has(text) || SHORT_VRS.has(text);
}
