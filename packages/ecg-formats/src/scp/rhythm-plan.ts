/**
 * How section 6 must be decoded, decided once from sections 3–6 before any sample is decoded:
 * reference-beat subtraction and bimodal compression (both only up to protocol 2.x: ISO
 * 11073-91064:2009, SCP-ECG 3.0, dropped them), the protected zones and decimation factor, and
 * the checks that bound the work (zones inside the signal, not overlapping).
 */
import { EcgFormatError } from '../errors.js';
import type { ProtectedZone } from './bimodal.js';
import type { ScpContext } from './context.js';
import { tolerate } from './context.js';
import type { ScpEncodedData } from './encoded-data.js';
import type { ScpLeadDefinition } from './lead-definition.js';
import type { ScpQrsLocations } from './qrs-locations.js';
import type { DecodedReferenceBeats } from './reference-beats.js';

/** Decimation factors above this are refused (real carts use 2–4). */
const MAX_DECIMATION = 32;

/** The decoding plan. */
export interface RhythmPlan {
  /** Add the reference beats back over the subtraction zones. */
  subtract: boolean;
  /** Bimodal: the decimation factor and protected zones; undefined when not used. */
  bimodal?: { factor: number; zones: ProtectedZone[] };
}

/**
 * Decides how to decode the rhythm data.
 * @param leads - section 3
 * @param rhythm - section 6
 * @param qrs - section 4, if present
 * @param reference - decoded section 5, if present
 * @param ctx - mode, warnings and protocol version
 * @param fullLength - samples per lead at the full rate (for zone checks)
 * @throws EcgFormatError `unsupported` (bimodal without sections 4/5, odd factors, rates that do
 *   not match) or `bad-data` (zones outside the signal or overlapping)
 * @example planRhythm(def, s6, qrs, ref, ctx, 5000) // { subtract: false }
 */
export function planRhythm(
  leads: ScpLeadDefinition,
  rhythm: ScpEncodedData,
  qrs: ScpQrsLocations | undefined,
  reference: DecodedReferenceBeats | undefined,
  ctx: ScpContext,
  fullLength: number,
): RhythmPlan {
  const v3 = ctx.protocolVersion >= 30;
  let subtract = leads.referenceBeatSubtracted;
  if (subtract && v3) {
    ctx.warnings.push(
      'section 3 flags reference-beat subtraction, which SCP-ECG 3.0 no longer defines; ignored.',
    );
    subtract = false;
  }
  if (subtract && (qrs === undefined || reference === undefined)) {
    tolerate(
      ctx,
      'bad-header',
      'section 3 says a reference beat was subtracted from the rhythm data, but section 4 or 5 is missing',
      'the rhythm data were read without adding it back.',
      { field: 'section 3 flags' },
    );
    subtract = false;
  }
  const bimodalFlag = v3 ? 0 : rhythm.byte6;
  if (bimodalFlag > 1) {
    tolerate(
      ctx,
      'bad-header',
      `section 6 byte 6 (bimodal compression) is ${bimodalFlag}, not 0 or 1`,
      `read as 0.`,
      { field: 'section 6 bimodal' },
    );
  }
  if (bimodalFlag !== 1) {
    requireSameRate(subtract, rhythm, reference);
    checkSubtractionZones(subtract, qrs, fullLength);
    return { subtract };
  }
  if (
    qrs === undefined ||
    reference === undefined ||
    qrs.complexes.some((c) => c.protectedEnd === undefined)
  ) {
    throw unsupported(
      'section 6 uses bimodal compression, which needs the protected zones of section 4 and the full-rate interval of section 5; one of them is missing.',
    );
  }
  const factor = rhythm.sampleIntervalUs / reference.sampleIntervalUs;
  if (!Number.isInteger(factor) || factor < 1 || factor > MAX_DECIMATION) {
    throw unsupported(
      `bimodal compression with sample intervals ${rhythm.sampleIntervalUs} µs (section 6) and ${reference.sampleIntervalUs} µs (section 5) gives a decimation factor of ${factor}, not a whole number from 1 to ${MAX_DECIMATION}.`,
    );
  }
  const zones = qrs.complexes
    .map((c) => ({ start: c.protectedStart ?? 0, end: c.protectedEnd ?? 0 }))
    .sort((a, b) => a.start - b.start);
  zones.forEach((zone, i) => {
    const previousEnd = zones[i - 1]?.end ?? 0;
    if (
      zone.start < 1 ||
      zone.end < zone.start ||
      zone.end > fullLength ||
      zone.start <= previousEnd
    ) {
      throw new EcgFormatError(
        'bad-data',
        `SCP-ECG section 4: protected zone ${zone.start}–${zone.end} lies outside samples 1–${fullLength} or overlaps the one before.`,
        { field: 'section 4 protected zones' },
      );
    }
  });
  checkSubtractionZones(subtract, qrs, fullLength);
  return { subtract, bimodal: { factor, zones } };
}

/** Without bimodal compression the reference beat must be at the rhythm's rate to be added. */
function requireSameRate(
  subtract: boolean,
  rhythm: ScpEncodedData,
  reference?: DecodedReferenceBeats,
): void {
  if (
    subtract &&
    reference !== undefined &&
    reference.sampleIntervalUs !== rhythm.sampleIntervalUs
  ) {
    throw unsupported(
      `the reference beat (${reference.sampleIntervalUs} µs per sample) and the rhythm data (${rhythm.sampleIntervalUs} µs) differ in rate without bimodal compression, so the beat cannot be added back.`,
    );
  }
}

/** Subtraction zones may not add up to more than twice the signal (bounds the work). */
function checkSubtractionZones(
  subtract: boolean,
  qrs: ScpQrsLocations | undefined,
  fullLength: number,
): void {
  if (!subtract || qrs === undefined) {
    return;
  }
  const covered = qrs.complexes.reduce((sum, c) => {
    const first = Math.max(c.subtractionStart, 1);
    const last = Math.min(c.subtractionEnd, fullLength);
    return sum + Math.max(0, last - first + 1);
  }, 0);
  if (covered > 2 * fullLength) {
    throw new EcgFormatError(
      'bad-data',
      `SCP-ECG section 4: the subtraction zones cover ${covered} samples of a ${fullLength}-sample signal; they overlap far more than QRS complexes can.`,
      { field: 'section 4 subtraction zones' },
    );
  }
}

function unsupported(message: string): EcgFormatError {
  return new EcgFormatError('unsupported', `SCP-ECG: ${message}`, { field: 'section 6' });
}
