/**
 * `gesang-ecg analyze` on real records of ../shared/data/ecg: the JSON contract of issue 3 (one
 * object, the seven keys, typed arrays as plain arrays, beats at the record's own rate) and the
 * beats checked against the reference annotations only: LUDB's cardiologist-annotated QRS
 * complexes (lead ii file) and MIT-BIH's `.atr` beat annotations.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isBeatCode } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli.js';
import { loadWfdbAnnotations } from '../disk/load-wfdb.js';
import { sharedDataPath } from '../disk/shared-data.js';

async function analyze(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(['analyze', ...argv], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stdout += `[stderr] ${text}`),
  });
  return { code, stdout };
}

interface AnalyzeJson {
  record: { sampleRateHz: number; leads: string[]; durationS: number };
  beats: { sample: number; type: string }[];
  measurements: { medianBeat: { leads: { samplesUv: unknown }[] } } | null;
  rhythm: { pWaves: { prMs: unknown } } | null;
  statements: { code: string; text: { en: string; zh: string; bo: string }; evidence: object }[];
  triage: { level: string; reasons: unknown[] };
  quality: { overall: string };
}

const LUDB_1 = sharedDataPath('ecg', 'ludb', '1.hea');

describe('analyze --json on LUDB record 1 (500 Hz, 12 leads, 10 s)', () => {
  it('prints one JSON object with the issue’s keys, typed arrays as plain arrays', async () => {
    const { code, stdout } = await analyze('--json', LUDB_1);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as AnalyzeJson; // throws unless stdout is one JSON value
    expect(Object.keys(json)).toEqual([
      'record',
      'beats',
      'measurements',
      'rhythm',
      'statements',
      'triage',
      'quality',
    ]);
    // Header facts (1.hea: 12 signals, 500 Hz, 5000 samples, leads i ... v6).
    expect(json.record).toEqual({
      sampleRateHz: 500,
      leads: ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'],
      durationS: 10,
    });
    expect(Array.isArray(json.measurements?.medianBeat.leads[0]?.samplesUv)).toBe(true);
    expect(Array.isArray(json.rhythm?.pWaves.prMs)).toBe(true);
    expect(['critical', 'urgent', 'routine']).toContain(json.triage.level);
    for (const s of json.statements) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['code', 'text', 'evidence']));
      expect(s.text.bo).toMatch(/[\u0f00-\u0fff]/);
    }
    for (const b of json.beats) {
      expect(Number.isInteger(b.sample) && b.sample >= 0 && b.sample < 5000).toBe(true);
      expect(['N', 'S', 'V', 'F', 'Q']).toContain(b.type);
    }
  });

  it('finds every QRS the cardiologists annotated in lead ii, within 150 ms, and no extra one', async () => {
    const json = JSON.parse((await analyze('--json', LUDB_1)).stdout) as AnalyzeJson;
    const annotations = await loadWfdbAnnotations(sharedDataPath('ecg', 'ludb', '1.ii'));
    const qrs = annotations.filter((a) => a.symbol === 'N').map((a) => a.sample);
    const window = 0.15 * 500;
    for (const peak of qrs) {
      expect(
        json.beats.some((b) => Math.abs(b.sample - peak) <= window),
        `QRS at ${peak}`,
      ).toBe(true);
    }
    // LUDB annotates only the middle of each record: compare inside the annotated span.
    const from = Math.min(...annotations.map((a) => a.sample)) - window;
    const to = Math.max(...annotations.map((a) => a.sample)) + window;
    expect(json.beats.filter((b) => b.sample >= from && b.sample <= to)).toHaveLength(qrs.length);
  });

  it('runs through the installed bin as one JSON object on stdout', async () => {
    const bin = fileURLToPath(new URL('../../bin/gesang-ecg.js', import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [bin, 'analyze', '--json', LUDB_1],
      {
        maxBuffer: 64 * 2 ** 20,
      },
    );
    expect((JSON.parse(stdout) as AnalyzeJson).record.sampleRateHz).toBe(500);
  }, 30_000);
});

describe('analyze on MIT-BIH record 100 (360 Hz, 2 leads, 30 min)', () => {
  it('reports beats at 360 Hz whose count is within 0.5 % of the .atr beat annotations', async () => {
    const { code, stdout } = await analyze('--json', sharedDataPath('ecg', 'mitdb', '100.hea'));
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as AnalyzeJson;
    const reference = (await loadWfdbAnnotations(sharedDataPath('ecg', 'mitdb', '100.atr')))
      .filter((a) => isBeatCode(a.code))
      .map((a) => a.sample);
    expect(reference).toHaveLength(2273); // README
    expect(json.record.sampleRateHz).toBe(360);
    expect(Math.abs(json.beats.length - reference.length)).toBeLessThanOrEqual(0.005 * 2273);
    // Beats are at the record's own rate: the first reference beats have a detection within 150 ms.
    for (const r of reference.slice(0, 20)) {
      expect(json.beats.some((b) => Math.abs(b.sample - r) <= 0.15 * 360)).toBe(true);
    }
  }, 30_000);

  it('without --json prints a readable summary', async () => {
    const { code, stdout } = await analyze(LUDB_1, '--lang', 'zh');
    expect(code).toBe(0);
    expect(stdout).toContain('12 leads (I II III aVR aVL aVF V1 V2 V3 V4 V5 V6) at 500 Hz, 10.0 s');
    expect(stdout).toMatch(/Triage: +(CRITICAL|URGENT|ROUTINE)/);
    expect(await analyze(LUDB_1, '--lang', 'fr')).toMatchObject({ code: 2 });
  });
});
