/**
 * The ST-elevation MI assessment on every labelled 12-lead record of the team's real data
 * (`../shared/data/ecg`: ludb, ptbxl_wfdb, ptbxl, ptbdb, georgia, cpsc2018, cpsc2018_extra,
 * chapman_ningbo): detectQrs → measureEcg → detectPacingSpikes → assessMorphology → assessStemi,
 * scored against `labels.csv` and the labelled mimics (`stemi-labels.ts`); the tables are printed
 * (`stemi-report.ts`).
 *
 * Expected values come from the labels and the data README only. Asserted is what the labels can
 * hold: no STEMI on the 35 PTB-XL NORM records, on the LUDB early repolarisation records, or on
 * the LBBB, paced, normal-variant (920) and STE_ (1600) records; STEMI on the two PTB-XL records
 * at infarction stage I; specificity at least 0.95, the lower end of the commercial programs in
 * ANCHORS.md. The three LUDB `STEMI` records are reported, not asserted: see the printed table.
 *
 * Records are cut to their first 10 s (PTB runs to 115 s); sex and age come from the header, for
 * PTB-XL from `ptbxl_database_subset.csv`. The `ptbxl/` HR00001–HR00008 headers say 200 adu/mV
 * where the README gives 1000 adu/mV; read at 200/mV their R waves reach 14 mV, five times
 * physiological, so they are rescaled to the README's gain here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  STANDARD_12_LEADS,
  assessMorphology,
  assessStemi,
  detectPacingSpikes,
  detectQrs,
  measureEcg,
  type EcgSignal,
  type PatientContext,
} from '@gesang/ecg-signal';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWfdbRecord } from '../disk/load-wfdb.js';
import { sharedDataPath } from '../disk/shared-data.js';
import { parseCsv } from './dx-labels.js';
import { mimicLabels, ptbxlDatabase, type MimicLabel } from './stemi-labels.js';
import { stemiCalled as called, stemiReport, type StemiOutcome } from './stemi-report.js';

const ECG = sharedDataPath('ecg');
const FOLDERS = 'ludb ptbxl_wfdb ptbxl ptbdb georgia cpsc2018 cpsc2018_extra chapman_ningbo'.split(
  ' ',
);

type Outcome = StemiOutcome & { ptbxlNorm: boolean };

/** The standard 12 leads of the first 10 s, µV, times `scale`. */
function firstTenSeconds(signal: EcgSignal, scale: number): EcgSignal {
  const rate = signal.sampleRateHz;
  const leads = STANDARD_12_LEADS.flatMap((name) => {
    const lead = signal.leads.find((l) => l.name === name);
    const samplesUv = lead?.samplesUv.slice(0, 10 * rate).map((v) => v * scale);
    return samplesUv === undefined ? [] : [{ name, samplesUv }];
  });
  return { sampleRateHz: rate, leads };
}

async function assessAll(): Promise<Outcome[]> {
  const ptbxl = ptbxlDatabase(ECG);
  const outcomes: Outcome[] = [];
  for (const folder of FOLDERS) {
    for (const row of parseCsv(readFileSync(join(ECG, folder, 'labels.csv'), 'utf8'))) {
      const name = row.record ?? '';
      const { record, header } = await loadWfdbRecord(join(ECG, folder, `${name}.hea`));
      const db = folder.startsWith('ptbxl')
        ? ptbxl.get(Number(/(\d+)(_[hl]r)?$/.exec(name)?.[1]))
        : undefined;
      const scale = folder === 'ptbxl' && header.signals[0]?.adcGain === 200 ? 200 / 1000 : 1;
      const context: PatientContext = db?.context ?? record.patient;
      const outcome: Outcome = {
        id: `${folder}/${name}`,
        stElevation: row.st_elevation === '1',
        ptbxlNorm:
          folder === 'ptbxl_wfdb' &&
          /(^|;)NORM:/.test(row.ptbxl_scp_codes ?? '') &&
          row.st_any === '0',
        mimics: mimicLabels(row, db?.report ?? ''),
        label: `${row.dx_abbrev ?? ''} ${row.ptbxl_scp_codes ?? ''}`.slice(0, 70),
        result: null,
      };
      try {
        const signal = firstTenSeconds(record, scale);
        const qrs = detectQrs(signal);
        const m = measureEcg(signal, qrs.samples);
        const pacing = detectPacingSpikes(signal, qrs.samples, {
          qrsOnsetOffsetMs: m.waves.qrsOnset.offsetMs,
        });
        const findings = assessMorphology(m, context, { pacing });
        outcome.result = assessStemi(m, { ...context, pacing, findings });
      } catch (error) {
        outcome.error = String(error);
      }
      outcomes.push(outcome);
    }
  }
  return outcomes;
}

describe('STEMI assessment on the labelled 12-lead records', () => {
  let outcomes: Outcome[] = [];
  const withLabel = (label: MimicLabel): Outcome[] =>
    outcomes.filter((o) => o.mimics.includes(label));

  beforeAll(async () => {
    outcomes = await assessAll();
    console.log(stemiReport(outcomes).join('\n'));
  }, 180_000);

  it('reads and measures every labelled record (220 in the README)', () => {
    expect(outcomes).toHaveLength(220);
    expect(outcomes.filter((o) => o.result === null).map((o) => o.id)).toEqual([]);
  });

  it('calls no STEMI on the 35 PTB-XL NORM records', () => {
    const norm = outcomes.filter((o) => o.ptbxlNorm);
    expect(norm).toHaveLength(35);
    expect(norm.filter(called).map((o) => o.id)).toEqual([]);
  });

  it('calls STEMI on the two PTB-XL records at infarction stage I (189, 532)', () => {
    const stageOne = outcomes.filter((o) => o.stElevation && o.id.startsWith('ptbxl_wfdb/'));
    expect(stageOne.map((o) => o.id)).toEqual([
      'ptbxl_wfdb/records500/00000/00189_hr',
      'ptbxl_wfdb/records100/00000/00532_lr',
    ]);
    expect(stageOne.filter((o) => !called(o)).map((o) => o.id)).toEqual([]);
  });

  it('calls no STEMI on the LUDB early repolarisation records (118, 145, 167)', () => {
    const er = withLabel('early repolarisation');
    expect(er.map((o) => o.id)).toEqual(['ludb/118', 'ludb/145', 'ludb/167']);
    expect(er.filter(called).map((o) => o.id)).toEqual([]);
  });

  it('calls no STEMI on the labelled LBBB, paced, normal-variant (920) and STE_ (1600) records', () => {
    const labels: MimicLabel[] = ['LBBB', 'paced', 'normal-variant STE (920)', 'STE_ without MI'];
    const mimics = labels.flatMap(withLabel);
    expect(mimics.map((o) => o.id)).toContain('ptbxl_wfdb/records100/00000/00920_lr');
    expect(mimics.map((o) => o.id)).toContain('ptbxl_wfdb/records100/01000/01600_lr');
    expect(mimics.filter((o) => o.stElevation)).toEqual([]);
    expect(mimics.filter(called).map((o) => o.id)).toEqual([]);
  });

  it('specificity of at least 0.95, the lower end of the commercial programs in ANCHORS.md', () => {
    const negatives = outcomes.filter((o) => !o.stElevation);
    expect(negatives.filter((o) => !called(o)).length / negatives.length).toBeGreaterThanOrEqual(
      0.95,
    );
  });
});
