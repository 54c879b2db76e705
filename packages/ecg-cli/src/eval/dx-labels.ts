/**
 * Reading a development folder's `labels.csv` (columns in `shared/data/ecg/README.md`) into the
 * label sets the diagnostic classes are defined on (`dx-classes.ts`): SNOMED CT codes
 * (`dx_snomed`, CinC folders), CPSC class names (`dx_snomed` of `cpsc2018`), PTB-XL SCP statements
 * (`ptbxl_scp_codes`, present whatever their likelihood, as the PTB-XL benchmark counts them), the
 * original diagnosis text (`dx_abbrev`: LUDB, PTB) and the three convenience flags `mi_related`,
 * `st_elevation`, `st_any`. Plus, for PTB-XL, sex and age from `ptbxl_database_subset.csv`, which
 * its WFDB headers do not carry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The labels of one record. */
export interface RecordLabels {
  /** `record` column: the path below the folder without `.hea` (`1`, `records500/00000/00014_hr`). */
  record: string;
  /** SNOMED CT concept ids. */
  snomed: Set<string>;
  /** CPSC 2018 class names (`AF`, `I-AVB`, `LBBB`, `RBBB`, ...). */
  cpsc: Set<string>;
  /** PTB-XL SCP statement codes (`AFIB`, `1AVB`, `CLBBB`, ...). */
  scp: Set<string>;
  /** Diagnosis text items, lower case, trimmed (`complete left bundle branch block`). */
  text: string[];
  miRelated: boolean;
  stElevation: boolean;
  stAny: boolean;
}

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) into rows keyed by
 * the header line.
 * @param text - the file content
 * @returns one object per data row
 * @example
 * parseCsv('a,b\n1,"x, y"\n'); // [{ a: '1', b: 'x, y' }]
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === ',' || c === '\n')) {
      rows.at(-1)?.push(field.replace(/\r$/, ''));
      field = '';
      if (c === '\n') {
        rows.push([]);
      }
    } else {
      field += c;
    }
  }
  rows.at(-1)?.push(field.replace(/\r$/, ''));
  const [head = [], ...body] = rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
  return body.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k] ?? ''])));
}

/**
 * Reads `DIR/labels.csv`.
 * @param dir - a development folder
 * @returns the labels of every row, in file order
 * @throws Error when the folder has no `labels.csv`
 * @example
 * readLabels('/work/shared/data/ecg/ludb').length; // 67
 */
export function readLabels(dir: string): RecordLabels[] {
  const path = join(dir, 'labels.csv');
  if (!existsSync(path)) {
    throw new Error(
      `${path} not found: eval-dx needs a labels.csv (see shared/data/ecg/README.md)`,
    );
  }
  const split = (v: string | undefined): string[] =>
    (v ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  return parseCsv(readFileSync(path, 'utf8')).map((row) => {
    const dx = split(row.dx_snomed);
    return {
      record: row.record ?? '',
      snomed: new Set(dx.filter((c) => /^\d+$/.test(c))),
      cpsc: new Set(dx.filter((c) => !/^\d+$/.test(c))),
      scp: new Set(split(row.ptbxl_scp_codes).map((s) => s.split(':')[0] ?? '')),
      text: split(row.dx_abbrev).map((s) => s.toLowerCase()),
      miRelated: row.mi_related === '1',
      stElevation: row.st_elevation === '1',
      stAny: row.st_any === '1',
    };
  });
}

/**
 * A label predicate: positive when the record carries any of these SNOMED codes, SCP codes or
 * CPSC names, or a diagnosis text item beginning with one of the texts (LUDB's `Rhythm: ` prefix
 * ignored; beginnings, so that `incomplete right bundle ...` is not `complete right bundle ...`).
 * @param sources - codes and lower-case text beginnings, each optional
 * @returns the predicate
 * @example
 * labelledBy({ snomed: ['164889003'], scp: ['AFIB'], text: ['atrial fibrillation'] })(labels);
 */
export function labelledBy(
  sources: Partial<Record<'snomed' | 'scp' | 'cpsc' | 'text', string[]>>,
): (labels: RecordLabels) => boolean {
  return (l) =>
    (sources.snomed ?? []).some((c) => l.snomed.has(c)) ||
    (sources.scp ?? []).some((c) => l.scp.has(c)) ||
    (sources.cpsc ?? []).some((c) => l.cpsc.has(c)) ||
    (sources.text ?? []).some((t) =>
      l.text.some((x) => x.replace(/^rhythm:\s*/, '').startsWith(t)),
    );
}

/**
 * Sex and age of PTB-XL records from `DIR/ptbxl_database_subset.csv` (sex 0 male, 1 female, as
 * the PTB-XL documentation codes it), keyed by the `filename_hr` and `filename_lr` paths.
 * @param dir - a development folder
 * @returns the demographics; empty when the folder has no such file
 * @example
 * ptbxlDemographics(dir).get('records500/00000/00014_hr'); // { sex: 'female', ageYears: 19 }
 */
export function ptbxlDemographics(
  dir: string,
): Map<string, { sex: 'male' | 'female'; ageYears?: number }> {
  const out = new Map<string, { sex: 'male' | 'female'; ageYears?: number }>();
  const path = join(dir, 'ptbxl_database_subset.csv');
  if (!existsSync(path)) {
    return out;
  }
  for (const row of parseCsv(readFileSync(path, 'utf8'))) {
    const age = Number(row.age);
    const entry = {
      sex: row.sex === '1' ? ('female' as const) : ('male' as const),
      // PTB-XL writes 300 for patients older than 89 (de-identification): not an age.
      ...(row.age !== '' && age >= 0 && age <= 150 ? { ageYears: age } : {}),
    };
    for (const key of [row.filename_hr, row.filename_lr]) {
      if (key) {
        out.set(key, entry);
      }
    }
  }
  return out;
}
