/**
 * `gesang-ecg convert` on real files: every target format reads back (by content detection) with
 * the same leads, rate and µV samples as the source, so read → write → read keeps the signal.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli.js';
import { loadEcgRecord } from '../disk/load-record.js';
import { sharedDataPath } from '../disk/shared-data.js';

const dir = mkdtempSync(join(tmpdir(), 'gesang-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function convert(input: string, to: string, out: string): Promise<number> {
  return runCli(['convert', input, '--to', to, out], { stdout: () => {}, stderr: () => {} });
}

// The HL7 example: 12 leads × 5000 at 500 Hz, every value a multiple of 2.5 µV (its SLIST_PQ scale).
const SOURCE = sharedDataPath('ecg-formats', 'hl7-aecg', 'hl7_Example_aECG.xml');

describe('gesang-ecg convert', () => {
  it.each([
    ['dicom', 'out.dcm', 'DICOM'],
    ['aecg', 'out.xml', 'HL7 aECG'],
    ['fhir', 'out.json', 'FHIR Observation'],
    ['wfdb', 'out.hea', 'WFDB'],
  ])('--to %s reads back with identical µV samples', async (to, file, format) => {
    const out = join(dir, file);
    expect(await convert(SOURCE, to, out)).toBe(0);
    const [source, back] = await Promise.all([loadEcgRecord(SOURCE), loadEcgRecord(out)]);
    expect(back.format.name).toBe(format);
    expect(back.sampleRateHz).toBe(source.sampleRateHz);
    expect(back.leads.map((l) => l.name)).toEqual(source.leads.map((l) => l.name));
    back.leads.forEach((lead, i) => {
      expect(lead.samplesUv).toEqual(source.leads[i]?.samplesUv);
    });
  });

  it('writes a DICOM file that dciodvfy (dicom3tools) validates without errors', async () => {
    const out = join(dir, 'valid.dcm');
    expect(await convert(SOURCE, 'dicom', out)).toBe(0);
    // dciodvfy prints its findings on stderr and exits 0 either way; "Error" lines are failures.
    const report = execFileSync('sh', ['-c', `dciodvfy "${out}" 2>&1`], { encoding: 'utf8' });
    expect(report.split('\n').filter((line) => /^Error/.test(line))).toEqual([]);
  });

  it('refuses an unknown target (exit 2)', async () => {
    expect(await convert(SOURCE, 'pdf', join(dir, 'x.pdf'))).toBe(2);
  });
});
