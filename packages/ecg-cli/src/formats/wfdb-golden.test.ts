/**
 * The WFDB samples through `parseWfdbHeader` + `readWfdbRecord` against their golden entries
 * (golden-wfdb.ts). Every header checksum must verify (a mismatch would be a warning). s0010_re's
 * header names `s0010_re.xyz`, absent from the folder: only the files present are supplied, and
 * the reader reads the 12 leads of the `.dat` and warns about the Frank leads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseWfdbHeader, readWfdbRecord } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import type { EcgRecord } from '@gesang/ecg-formats';
import { sharedDataPath } from '../disk/shared-data.js';
import { expectGolden } from './golden-check.js';
import { GOLDEN_WFDB } from './golden-wfdb.js';

/** The header and every signal file it names that exists next to it. */
function loadPresent(path: string): EcgRecord {
  const heaPath = sharedDataPath(...path.split('/'));
  const header = parseWfdbHeader(readFileSync(heaPath, 'latin1'));
  const files: Record<string, Uint8Array> = {};
  for (const { fileName } of header.signals) {
    const filePath = join(dirname(heaPath), fileName);
    if (existsSync(filePath)) {
      files[fileName] = new Uint8Array(readFileSync(filePath));
    }
  }
  return readWfdbRecord(header, files);
}

describe('WFDB golden records', () => {
  for (const golden of GOLDEN_WFDB) {
    it(`reads ${golden.path} as its golden entry`, () => {
      expectGolden(loadPresent(golden.path), golden);
    });
  }

  it('100: both checksums verify; the comments are kept in file order', () => {
    const record = loadPresent('ecg-formats/wfdb/100.hea');
    expect(record.warnings).toEqual([]);
    expect(record.comments).toEqual([
      'unnecessary comment',
      '69 M 1085 1629 x1',
      'Aldomet, Inderal',
    ]);
    // The MIT-BIH age/sex line `69 M 1085 1629 x1` (header comment after the signal lines).
    expect(record.patient).toEqual({ ageYears: 69, sex: 'male' });
  });

  it('s0010_re: the 12 .dat checksums verify; the missing .xyz is one warning, not an error', () => {
    const record = loadPresent('ecg-formats/wfdb/s0010_re.hea');
    expect(record.warnings).toEqual([
      'WFDB signal file s0010_re.xyz was not supplied; its signal(s) 12, 13, 14 are left out',
    ]);
    expect(record.patient).toEqual({ ageYears: 81, sex: 'female' });
    expect(record.comments).toContain('Reason for admission: Myocardial infarction');
  });
});
