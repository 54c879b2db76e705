/**
 * `eval-dx` on a tiny labels table constructed for this test: three copies of a real PTB-XL
 * record (`ptbxl_wfdb` 14, used only as a readable signal) in sub-folders a/, b/, c/, plus a row
 * whose record is missing, with labels chosen to exercise every label source (SNOMED, SCP with a
 * 0 likelihood, LUDB text where "incomplete" must not read as "complete", the ST flag) and a
 * constructed `ptbxl_database_subset.csv` for sex and age. A stub interpreter states fixed codes
 * per record, so every count below follows from the table alone; one run through the command
 * with the real engine checks the output shapes.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InterpretContext, StatementCode } from '@gesang/ecg-signal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli.js';
import { sharedDataPath } from '../disk/shared-data.js';
import { clopperPearson } from './clopper-pearson.js';
import { evaluateDxFolder, type DxEvaluation } from './dx-evaluate.js';
import { parseCsv } from './dx-labels.js';

const HEAD =
  'dataset,record,fs,n_samples,n_signals,dx_snomed,dx_abbrev,ptbxl_scp_codes,mi_related,st_elevation,st_any,source_repo,source_path,source_commit';
const ROWS = [
  't,a/00014_hr,500,5000,12,164889003,,,1,1,1,,,',
  't,b/00014_hr,500,5000,12,,,AFIB:0;1AVB:100,0,0,0,,,',
  't,c/00014_hr,500,5000,12,,"Rhythm: Sinus rhythm;Incomplete right bundle branch block",,0,0,0,,,',
  't,missing/00099_hr,500,5000,12,,,NORM:100,0,0,0,,,',
];
const CALLS: Record<string, StatementCode[]> = {
  'a/00014_hr': ['atrial_fibrillation', 'stemi'],
  'b/00014_hr': ['atrial_fibrillation', 'right_bundle_branch_block'],
  'c/00014_hr': [],
};

let dir: string;
let evaluation: DxEvaluation;
const contexts: Record<string, InterpretContext> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gesang-eval-dx-'));
  const source = sharedDataPath('ecg', 'ptbxl_wfdb', 'records500', '00000');
  for (const sub of ['a', 'b', 'c']) {
    mkdirSync(join(dir, sub));
    for (const ext of ['.hea', '.dat']) {
      copyFileSync(join(source, `00014_hr${ext}`), join(dir, sub, `00014_hr${ext}`));
    }
  }
  writeFileSync(join(dir, 'labels.csv'), [HEAD, ...ROWS].join('\n'));
  writeFileSync(
    join(dir, 'ptbxl_database_subset.csv'),
    ['ecg_id,age,sex,filename_lr,filename_hr', '1,300,1,,a/00014_hr', '2,56,0,,b/00014_hr'].join(
      '\n',
    ),
  );
  evaluation = await evaluateDxFolder(dir, (_signal, context, record) => {
    contexts[record] = context;
    return { statements: (CALLS[record] ?? []).map((code) => ({ code })) };
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scoreOf = (name: string): DxEvaluation['classes'][number] | undefined =>
  evaluation.classes.find((c) => c.name === name);

describe('eval-dx on a constructed labels table', () => {
  it('scores the three readable records and lists the missing one', () => {
    expect(evaluation.records.map((r) => r.record)).toEqual(Object.keys(CALLS));
    expect(evaluation.errors).toEqual([
      { record: 'missing/00099_hr', error: expect.stringContaining('cannot read') as unknown },
    ]);
  });

  it.each([
    // class, TP, FN, FP, TN
    ['AF', 2, 0, 0, 1], // SNOMED on a, SCP AFIB (likelihood 0) on b
    ['1st AVB', 0, 1, 0, 2], // SCP 1AVB on b, not called
    ['RBBB', 0, 0, 1, 2], // called on b; c's "Incomplete ..." is not complete RBBB
    ['IRBBB', 0, 1, 0, 2], // LUDB text on c
    ['STEMI flag', 1, 0, 0, 2],
    ['MI related', 1, 0, 0, 2],
  ] as const)('%s: TP %i FN %i FP %i TN %i', (name, tp, fn, fp, tn) => {
    expect(scoreOf(name)).toMatchObject({
      truePositives: tp,
      falseNegatives: fn,
      falsePositives: fp,
      trueNegatives: tn,
    });
  });

  it('rates carry exact 95 % intervals; undefined rates are null', () => {
    const af = scoreOf('AF');
    const [lo, hi] = clopperPearson(2, 2) ?? [NaN, NaN];
    expect(af?.sensitivity).toEqual({ pct: 100, ci95Pct: [100 * lo, 100 * hi] });
    expect(af?.f1).toBe(1);
    expect(scoreOf('RBBB')?.sensitivity).toBeNull(); // no labelled record
    expect(scoreOf('RBBB')?.positivePredictiveValue?.pct).toBe(0);
  });

  it('takes sex and age from ptbxl_database_subset.csv (age 300 = over 89: not an age)', () => {
    expect(contexts['a/00014_hr']).toEqual({ sex: 'female' });
    expect(contexts['b/00014_hr']).toEqual({ sex: 'male', ageYears: 56 });
    expect(contexts['c/00014_hr']).toEqual({});
  });

  it('parses quoted CSV fields holding the separator', () => {
    expect(parseCsv('a,b\n1,"x; y, z"\n')).toEqual([{ a: '1', b: 'x; y, z' }]);
  });

  it('runs as `gesang-ecg eval-dx` with the real engine: table and --json', async () => {
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t) };
    expect(await runCli(['eval-dx', dir, '--json'], io)).toBe(0);
    const json = JSON.parse(out) as DxEvaluation;
    expect(json.records).toHaveLength(3);
    for (const c of json.classes) {
      expect(c.truePositives + c.falseNegatives + c.falsePositives + c.trueNegatives).toBe(3);
    }
    out = '';
    expect(await runCli(['eval-dx', dir], io)).toBe(0);
    expect(out).toContain('3 records scored, 1 failed; 95% CI exact (Clopper-Pearson)');
    expect(out).toMatch(/^AF +\d+ +\d+ +\d+ +\d+ /m);
  }, 30_000);
});
