/**
 * `gesang-ecg eval-qrs` on a folder holding a copy of MIT-BIH record 100 (the real .hea, .dat
 * and .atr): EC57 scoring with the VEB columns, as a table and as JSON. Expected counts come from
 * the `.atr` reference annotations only.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isBeatCode } from '@gesang/ecg-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli.js';
import { loadWfdbAnnotations } from '../disk/load-wfdb.js';
import { sharedDataPath } from '../disk/shared-data.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gesang-eval-qrs-'));
  for (const ext of ['.hea', '.dat', '.atr']) {
    copyFileSync(sharedDataPath('ecg', 'mitdb', `100${ext}`), join(dir, `100${ext}`));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function evalQrs(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t) };
  return { code: await runCli(['eval-qrs', ...argv], io), out };
}

describe('eval-qrs', () => {
  it('--json: per record and gross/average Se, +P and VEB figures over the EC57 window', async () => {
    const { code, out } = await evalQrs(dir, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      learningPeriodS: number;
      scoredReferenceBeats: number;
      records: { record: string; truePositives: number; falseNegatives: number; veb: object }[];
      summary: { grossSensitivityPct: number; grossVeb: object; averageVeb: object };
    };
    const annotations = await loadWfdbAnnotations(join(dir, '100.atr'));
    const fromMinute5 = annotations.filter((a) => isBeatCode(a.code) && a.sample >= 300 * 360);
    expect(json.learningPeriodS).toBe(300);
    expect(json.scoredReferenceBeats).toBe(fromMinute5.length);
    expect(json.records.map((r) => r.record)).toEqual(['100']);
    expect(json.records[0]?.veb).toMatchObject({ truePositives: expect.any(Number) as unknown });
    expect(json.summary).toMatchObject({
      grossVeb: expect.any(Object) as unknown,
      averageVeb: expect.any(Object) as unknown,
    });
  }, 30_000);

  it('prints a table with VEB columns; --learning-s 0 scores all 2273 annotated beats', async () => {
    const { code, out } = await evalQrs(dir, '--learning-s', '0');
    expect(code).toBe(0);
    expect(out).toContain('VEB TP   FN   FP   VSe %   V+P %');
    expect(out).toMatch(/^gross +\d+/m);
    expect(out).toContain('2273 reference beats scored from 0 s');
  }, 30_000);

  it('usage errors exit 2; a folder without annotated records exits 1', async () => {
    expect((await evalQrs()).code).toBe(2);
    expect((await evalQrs(dir, '--learning-s', 'x')).code).toBe(2);
    expect((await evalQrs(sharedDataPath('ecg', 'ludb', '..', 'labels'))).code).toBe(1);
  });
});
