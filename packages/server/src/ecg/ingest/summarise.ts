/**
 * Turns a read record and its interpretation into the JSON a study keeps: enough to list, triage
 * and report it, never every beat or sample of a long record (the original file is kept for that).
 */
import type { AnalysisSummary, RecordSummary } from '@gesang/domain';
import type { Interpretation } from '@gesang/ecg-signal';
import type { EcgRecord } from '@gesang/ecg-formats';

/** Longest array kept inside evidence (sample indices of a 30-min record can run to thousands). */
const maxEvidenceItems = 50;
const maxListItems = 500;

/**
 * A JSON-safe copy of `value`: typed arrays become plain arrays, non-finite numbers null, and arrays
 * longer than `maxItems` are cut to their first `maxItems` entries.
 * @example plainJson({ samples: Int32Array.of(1, 2, 3) }, 2) // { samples: [1, 2] }
 */
export function plainJson(value: unknown, maxItems = maxEvidenceItems): unknown {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : null;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const list = Array.from(value as unknown as ArrayLike<number>).slice(0, maxItems);
    return list.map((v) => plainJson(v, maxItems));
  }
  if (Array.isArray(value)) {
    return value.slice(0, maxItems).map((v) => plainJson(v, maxItems));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, plainJson(v, maxItems)]),
    );
  }
  return value;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  plainJson(value) as Record<string, unknown>;

/**
 * What a study keeps of the record: format, leads, rate, length, device, patient fields and the
 * cart's own statements and measurements (at most 500 of each), warnings.
 * @param record from `readEcgFile`.
 */
export function summariseRecord(record: EcgRecord): RecordSummary {
  const samplesPerLead = record.leads[0]?.samplesUv.length ?? 0;
  const device: Record<string, string> = {};
  for (const [key, value] of Object.entries(record.device)) {
    if (typeof value === 'string') {
      device[key] = value;
    }
  }
  return {
    format: { ...record.format },
    leads: record.leads.map((lead) => String(lead.name)),
    sampleRateHz: record.sampleRateHz,
    samplesPerLead,
    durationS: record.sampleRateHz > 0 ? samplesPerLead / record.sampleRateHz : 0,
    acquisitionTime: record.acquisitionTime === undefined ? null : { ...record.acquisitionTime },
    patient: { ...record.patient },
    device,
    cartStatements: record.cartStatements.slice(0, maxListItems).map((s) => ({ ...s })),
    cartMeasurements: record.cartMeasurements
      .filter((m) => Number.isFinite(m.value))
      .slice(0, maxListItems)
      .map((m) => ({ ...m })),
    warnings: record.warnings.slice(0, maxListItems),
  };
}

/**
 * What a study keeps of the interpretation: statements with evidence, the global measurements and
 * per-lead amplitudes (no median-beat arrays), rhythm findings, beat counts by class, lead quality.
 * @param result from `interpretEcg`.
 */
export function summariseAnalysis(result: Interpretation): AnalysisSummary {
  const m = result.measurements;
  const byType: Record<string, number> = { N: 0, S: 0, V: 0, F: 0, Q: 0 };
  for (const beat of result.beats) {
    byType[beat.type] = (byType[beat.type] ?? 0) + 1;
  }
  const num = (v: number | null | undefined): number | null =>
    v === null || v === undefined || !Number.isFinite(v) ? null : v;
  return {
    statements: result.statements.map((s) => ({
      code: s.code,
      snomedCt: s.snomedCt,
      text: { ...s.text },
      evidence: asRecord(s.evidence),
    })),
    measurements:
      m === null
        ? null
        : {
            heartRateBpm: num(m.heartRateBpm),
            rrMeanMs: num(m.rrMeanMs),
            prIntervalMs: num(m.prIntervalMs),
            pDurationMs: num(m.pDurationMs),
            qrsDurationMs: num(m.qrsDurationMs),
            qtIntervalMs: num(m.qtIntervalMs),
            qtcBazettMs: num(m.qtcBazettMs),
            qtcFridericiaMs: num(m.qtcFridericiaMs),
            pAxisDeg: num(m.pAxisDeg),
            qrsAxisDeg: num(m.qrsAxisDeg),
            tAxisDeg: num(m.tAxisDeg),
            leads: Object.fromEntries(
              Object.entries(m.leads).map(([lead, values]) => [lead, asRecord(values)]),
            ),
          },
    rhythm:
      result.rhythm === null
        ? null
        : {
            rhythm: result.rhythm.rhythm,
            ventricularRateBpm: num(result.rhythm.ventricularRateBpm),
            atrialRateBpm: num(result.rhythm.atrialRateBpm),
            findings: result.rhythm.findings.map((f) => ({
              code: f.code,
              evidence: asRecord(f.evidence),
            })),
            counts: { ...result.rhythm.counts },
          },
    beats: { total: result.beats.length, byType },
    quality: {
      overall: result.quality.overall,
      leads: result.quality.leads.map((lead) => ({
        name: lead.name,
        status: lead.status,
        reasons: lead.reasons.map((reason) => asRecord(reason)),
      })),
    },
  };
}
