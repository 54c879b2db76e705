/**
 * Section 4, QRS locations for reference-beat subtraction and bimodal compression (EN 1064:2005
 * §5.7): length of reference beat type 0 in ms (2), fiducial sample of the reference beat (2,
 * 1-based), number of QRS complexes (2); per complex its beat type (2) and the subtraction zone:
 * start (4), fiducial (4), end (4); then per complex the protected zone: start (4), end (4). All
 * rhythm sample numbers count from 1 and are inclusive.
 */
import type { ScpCursor } from './cursor.js';

/** One QRS complex. */
export interface ScpQrsComplex {
  /** Beat type; the reference beat is added back only to type 0. */
  type: number;
  subtractionStart: number;
  fiducial: number;
  subtractionEnd: number;
  /** Protected zone (kept at full rate by bimodal compression), when the section has it. */
  protectedStart?: number;
  protectedEnd?: number;
}

/** Section 4 as read. */
export interface ScpQrsLocations {
  referenceBeatMs: number;
  /** Fiducial point in the reference beat, 1-based sample number. */
  referenceFiducial: number;
  complexes: ScpQrsComplex[];
}

/**
 * Reads section 4.
 * @param body - section 4 after its ID header
 * @throws EcgFormatError `truncated` when the complexes run past the section
 * @example readQrsLocations(section4.body).referenceBeatMs // 722
 */
export function readQrsLocations(body: ScpCursor): ScpQrsLocations {
  const count = body.u16(4, 'number of QRS complexes');
  body.bytes(6, count * 14, 'subtraction zones'); // bounds check before allocating
  const zonesAt = 6 + count * 14;
  const hasProtected = body.has(zonesAt, count * 8);
  const complexes: ScpQrsComplex[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 14;
    const complex: ScpQrsComplex = {
      type: body.u16(at, 'beat type'),
      subtractionStart: body.u32(at + 2, 'subtraction zone start'),
      fiducial: body.u32(at + 6, 'fiducial'),
      subtractionEnd: body.u32(at + 10, 'subtraction zone end'),
    };
    if (hasProtected) {
      complex.protectedStart = body.u32(zonesAt + i * 8, 'protected zone start');
      complex.protectedEnd = body.u32(zonesAt + i * 8 + 4, 'protected zone end');
    }
    complexes.push(complex);
  }
  return {
    referenceBeatMs: body.u16(0, 'reference beat length'),
    referenceFiducial: body.u16(2, 'reference beat fiducial'),
    complexes,
  };
}
