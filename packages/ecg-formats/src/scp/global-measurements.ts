/**
 * Section 7, global measurements (EN 1064:2005 §5.10): number of measurement blocks (1, one per
 * reference beat type), number of pacemaker spikes (1), average RR and PP interval (2 each, ms),
 * then per block P onset, P offset, QRS onset, QRS offset, T offset (ms from the start of the
 * reference beat) and P, QRS, T axes (degrees, signed); then the spikes (4 bytes each) and
 * their details (6 bytes each), the QRS type list (2 + 1 per QRS) and — from protocol 1.3 —
 * ventricular rate, atrial rate (2 each, /min), corrected QT (2, ms) and its formula (1, not
 * reported).
 * 29999 means "not computed"; an axis of 999 "undefined".
 */
import type { CartMeasurement } from '../record.js';
import type { ScpCursor } from './cursor.js';

const NOT_COMPUTED = new Set([29999, 29998, 19999]);

/**
 * The measurements of section 7 (block 0: the dominant reference beat) as cart measurements,
 * with the PR, QRS, QT and P durations derived from the block's onsets and offsets.
 * @param body - section 7 after its ID header
 * @throws EcgFormatError `truncated` when the fixed part runs past the section
 * @example readGlobalMeasurements(section7.body).find((m) => m.code === 'QRSDuration')?.value // 88
 */
export function readGlobalMeasurements(body: ScpCursor): CartMeasurement[] {
  const out: CartMeasurement[] = [];
  const add = (code: string, value: number | undefined, unit: string): void => {
    // A rate or interval of 0 is a writer's "none" (ECGConversion writes it), not a finding.
    const zeroMeansNone =
      value === 0 &&
      (unit === '/min' || ['RRInterval', 'PPInterval', 'QTCorrected'].includes(code));
    if (value !== undefined && !NOT_COMPUTED.has(value) && !zeroMeansNone) {
      out.push({ code, value, unit });
    }
  };
  const blocks = body.u8(0, 'number of measurement blocks');
  const spikes = body.u8(1, 'number of pacemaker spikes');
  add('RRInterval', body.u16(2, 'average RR interval'), 'ms');
  add('PPInterval', body.u16(4, 'average PP interval'), 'ms');
  if (blocks > 0) {
    const [pOn, pOff, qrsOn, qrsOff, tOff] = [0, 2, 4, 6, 8].map((k) =>
      body.u16(6 + k, 'wave limit'),
    );
    const known = (v: number | undefined): v is number => v !== undefined && !NOT_COMPUTED.has(v);
    const span = (a: number | undefined, b: number | undefined): number | undefined =>
      known(a) && known(b) && b >= a ? b - a : undefined;
    add('PDuration', span(pOn, pOff), 'ms');
    add('PRInterval', span(pOn, qrsOn), 'ms');
    add('QRSDuration', span(qrsOn, qrsOff), 'ms');
    add('QTInterval', span(qrsOn, tOff), 'ms');
    add('POnset', pOn, 'ms');
    add('POffset', pOff, 'ms');
    add('QRSOnset', qrsOn, 'ms');
    add('QRSOffset', qrsOff, 'ms');
    add('TOffset', tOff, 'ms');
    (['PAxis', 'QRSAxis', 'TAxis'] as const).forEach((code, k) => {
      const axis = body.i16(16 + 2 * k, code);
      add(code, axis === 999 ? undefined : axis, 'deg');
    });
  }
  const qrsListAt = 6 + 16 * blocks + 10 * spikes;
  if (!body.has(qrsListAt, 2)) {
    return out;
  }
  const ratesAt = qrsListAt + 2 + body.u16(qrsListAt, 'number of QRS complexes');
  if (body.has(ratesAt, 7)) {
    add('VentricularRate', body.u16(ratesAt, 'ventricular rate'), '/min');
    add('AtrialRate', body.u16(ratesAt + 2, 'atrial rate'), '/min');
    add('QTCorrected', body.u16(ratesAt + 4, 'corrected QT'), 'ms');
  }
  return out;
}
