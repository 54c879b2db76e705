/**
 * Labels for scoring the ST-elevation MI assessment on the team's real data
 * (`shared/data/ecg/README.md`): each 12-lead folder's `labels.csv` (`st_elevation`: LUDB
 * `STEMI`, PTB-XL MI at stage I / I-II, SNOMED 164931005, CPSC `STE`), PTB-XL demographics and
 * reports from `ptbxl_database_subset.csv`, and the STEMI mimics the labels name. Nothing here
 * comes from the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PatientContext } from '@gesang/ecg-signal';
import { parseCsv } from './dx-labels.js';

/** Mimic labels found in the data, with the label text that defines each. */
export const MIMIC_LABELS = [
  'LBBB',
  'paced',
  'LVH',
  'early repolarisation',
  'normal-variant STE (920)',
  'STE_ without MI',
] as const;

/** One of {@link MIMIC_LABELS}. */
export type MimicLabel = (typeof MIMIC_LABELS)[number];

/**
 * PTB-XL demographics and report text by `ecg_id`, from both PTB-XL folders. `sex` is 0 for male
 * and 1 for female (the Challenge headers of HR00001–HR06002 say so for the same ids).
 * @param ecgDir - the `shared/data/ecg` folder
 * @returns ecg_id → patient context and report
 * @example
 * ptbxlDatabase(dir).get(189)?.context; // { sex: 'male', ageYears: 74 }
 */
export function ptbxlDatabase(
  ecgDir: string,
): Map<number, { context: PatientContext; report: string }> {
  const out = new Map<number, { context: PatientContext; report: string }>();
  for (const folder of ['ptbxl_wfdb', 'ptbxl']) {
    const csv = readFileSync(join(ecgDir, folder, 'ptbxl_database_subset.csv'), 'utf8');
    for (const row of parseCsv(csv)) {
      const age = row.age === undefined || row.age === '' ? NaN : Number(row.age);
      out.set(Number(row.ecg_id), {
        context: {
          sex: row.sex === '1' ? 'female' : 'male',
          ...(Number.isFinite(age) ? { ageYears: age } : {}),
        },
        report: row.report ?? '',
      });
    }
  }
  return out;
}

/**
 * The mimic labels of one `labels.csv` row: LBBB (LUDB text, PTB-XL `CLBBB`, SNOMED 164909002 /
 * 733534002, CPSC `LBBB`), paced (LUDB "pacing", PTB-XL `PACE`, SNOMED 10370003), LVH (LUDB text,
 * PTB-XL `LVH`, SNOMED 164873001 / 55827005), LUDB early repolarisation, PTB-XL reports reading
 * "normal variant" (920), and PTB-XL `STE_` without an ST-elevation label (1600).
 * @param row - the labels.csv row
 * @param report - the PTB-XL report text ('' for other folders)
 * @returns the labels, in {@link MIMIC_LABELS} order
 * @example
 * mimicLabels({ ptbxl_scp_codes: 'PACE:100', st_elevation: '0' }, ''); // ['paced']
 */
export function mimicLabels(row: Record<string, string>, report: string): MimicLabel[] {
  const dx = row.dx_abbrev ?? '';
  const snomed = new Set((row.dx_snomed ?? '').split(';'));
  const scp = new Set((row.ptbxl_scp_codes ?? '').split(';').map((s) => s.split(':')[0]));
  const found: Record<MimicLabel, boolean> = {
    LBBB:
      /Complete left bundle branch block|^LBBB$/.test(dx) ||
      scp.has('CLBBB') ||
      snomed.has('164909002') ||
      snomed.has('733534002'),
    paced: /pacing/i.test(dx) || scp.has('PACE') || snomed.has('10370003'),
    LVH:
      /Left ventricular hypertrophy/.test(dx) ||
      scp.has('LVH') ||
      snomed.has('164873001') ||
      snomed.has('55827005'),
    'early repolarisation': /Early repolarization/i.test(dx),
    'normal-variant STE (920)': /normal variant/i.test(report),
    'STE_ without MI': scp.has('STE_') && row.st_elevation === '0',
  };
  return MIMIC_LABELS.filter((label) => found[label]);
}
