/**
 * A bad lead yields "poor quality", not a false alarm (issue 3, item 2). Records constructed from
 * a real one: PTB-XL 189 (`ptbxl_wfdb`, labelled MI at infarction stage I, `st_elevation = 1`,
 * ST elevation in the anterior chest leads) with its V1 either flattened (a detached electrode:
 * every sample the same value) or clipped (an amplifier saturating at ±30 % of the lead's own peak,
 * so every QRS is cut flat). Each constructed record must yield `poor_quality` naming V1 and no
 * ST statement (STEMI, ST elevation or depression, early repolarisation, pericarditis) resting on
 * V1: the lead is left out of the analysis.
 */
import { interpretEcg, type EcgSignal, type Interpretation } from '@gesang/ecg-signal';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWfdbRecord } from '../disk/load-wfdb.js';
import { sharedDataPath } from '../disk/shared-data.js';

const ST_CODES = [
  'stemi',
  'st_elevation',
  'st_depression',
  'early_repolarization',
  'pericarditis_pattern',
];

let real: EcgSignal;

beforeAll(async () => {
  const path = sharedDataPath('ecg', 'ptbxl_wfdb', 'records500', '00000', '00189_hr.hea');
  real = (await loadWfdbRecord(path)).record;
});

/** A copy of the real record with V1 replaced by `change(V1)`. */
function withV1(change: (v1: Float32Array) => Float32Array): EcgSignal {
  return {
    sampleRateHz: real.sampleRateHz,
    leads: real.leads.map((lead) =>
      lead.name === 'V1' ? { ...lead, samplesUv: change(lead.samplesUv) } : lead,
    ),
  };
}

function expectV1LeftOut(result: Interpretation): void {
  const poor = result.statements.find((s) => s.code === 'poor_quality');
  expect(poor?.evidence.leads).toContain('V1');
  expect(result.quality.leads.find((l) => l.name === 'V1')?.status).toBe('unusable');
  expect(result.measurements?.leads.V1).toBeUndefined();
  for (const s of result.statements.filter((x) => ST_CODES.includes(x.code))) {
    expect(s.evidence.leads ?? [], s.code).not.toContain('V1');
    expect(Object.keys(s.evidence.values ?? {}).join(' '), s.code).not.toMatch(/\bV1\b/);
  }
  expect(result.triage.reasons.length).toBeGreaterThan(0);
}

describe('PTB-XL 189 with a bad V1 (constructed from the real record)', () => {
  it('the real record’s V1 is usable to begin with', () => {
    const result = interpretEcg(real, {});
    expect(result.quality.leads.find((l) => l.name === 'V1')?.status).not.toBe('unusable');
  });

  it('V1 flattened (electrode off): poor_quality naming V1, no ST statement from V1', () => {
    expectV1LeftOut(
      interpretEcg(
        withV1((v1) => new Float32Array(v1.length).fill(v1[0] ?? 0)),
        {},
      ),
    );
  });

  it('V1 clipped at ±30 % of its peak (saturated amplifier): same', () => {
    const clipped = withV1((v1) => {
      const peak = v1.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
      const rail = 0.3 * peak;
      return v1.map((v) => Math.max(-rail, Math.min(rail, v)));
    });
    expectV1LeftOut(interpretEcg(clipped, {}));
  });
});
