import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMetricsCommand } from './metrics-command.js';

let dir = '';

async function file(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runMetricsCommand(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

const stemiPci = { diagnosis: 'stemi', reperfusion: 'primary_pci' };
// Door → wire 60, 90 and 110 min; FMC → first ECG 5, 15 and 70 min (C3 is flagged: over 60).
const cases = [
  {
    centre: 'chest_pain',
    id: 'C1',
    events: {
      first_medical_contact: '2025-03-10T08:00:00+08:00',
      door: '2025-03-10T08:00:00+08:00',
      first_ecg: '2025-03-10T08:05:00+08:00',
      wire_crossing: '2025-03-10T09:00:00+08:00',
    },
    attributes: stemiPci,
  },
  {
    centre: 'chest_pain',
    id: 'C2',
    events: {
      first_medical_contact: '2025-03-11T08:00:00+08:00',
      door: '2025-03-11T08:00:00+08:00',
      first_ecg: '2025-03-11T08:15:00+08:00',
      wire_crossing: '2025-03-11T09:30:00+08:00',
    },
    attributes: stemiPci,
  },
  {
    centre: 'chest_pain',
    id: 'C3',
    events: {
      first_medical_contact: '2025-03-12T07:00:00Z',
      door: '2025-03-12T08:00:00Z',
      first_ecg: '2025-03-12T08:10:00Z',
      wire_crossing: '2025-03-12T09:50:00Z',
    },
    attributes: stemiPci,
  },
  {
    centre: 'stroke',
    id: 'S1',
    events: {
      door: '2025-03-12T08:00:00Z',
      ct_start: '2025-03-12T08:20:00Z',
      lysis_start: '2025-03-12T08:45:00Z',
    },
    attributes: { ivLysis: true },
  },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gesang-metrics-'));
});

describe('gesang metrics', () => {
  it('prints one JSON object keyed by metric id with hand-checked figures', async () => {
    const { code, stdout, stderr } = await run(['--cases', await file('cases.json', cases)]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
    // d2w 60, 90, 110: mean 260 / 3 = 86.67, median 90, p90 at 1.8 → 90 + 0.8 × 20 = 106,
    // within 90: 2 / 3; mean ≤ 90 met, 0.67 < 0.75 goal missed; C3 flagged.
    expect(result['cp.d2w']).toEqual({
      count: 3,
      meanMin: 86.67,
      medianMin: 90,
      p90Min: 106,
      compliance: 0.6667,
      meanMet: true,
      complianceMet: false,
      flaggedCount: 1,
    });
    // FMC → ECG 5, 15, 70: mean 30, median 15, within 10: 1 / 3.
    expect(result['cp.fmc_to_ecg']).toMatchObject({
      count: 3,
      meanMin: 30,
      medianMin: 15,
      compliance: 0.3333,
    });
    // DNT 45 ≤ 60; ratio metrics give count and share.
    expect(result['st.dnt']).toMatchObject({ count: 1, meanMin: 45, compliance: 1 });
    expect(result['cp.remote_ecg_share']).toEqual({
      count: 0,
      numerator: 0,
      share: null,
      targetMet: null,
      flaggedCount: 0,
    });
    expect(stderr).toContain('C3: fmc_to_ecg_over_60');
  });

  it('applies a targets file', async () => {
    const targets = await file('targets.json', { 'cp.d2w': { targetMin: 60 } });
    const { code, stdout } = await run([
      '--cases',
      await file('cases2.json', cases),
      '--targets',
      targets,
    ]);
    expect(code).toBe(0);
    // Within 60 min: only C1 → 1 / 3; mean 86.67 > 60.
    expect((JSON.parse(stdout) as Record<string, unknown>)['cp.d2w']).toMatchObject({
      compliance: 0.3333,
      meanMet: false,
    });
  });

  it('exits 2 naming the array index and field of bad input', async () => {
    const bad = [cases[3], { centre: 'chest_pain', id: 'X', events: { door: 'yesterday' } }];
    const result = await run(['--cases', await file('bad.json', bad)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cases[1].events.door');
    expect(result.stdout).toBe('');
    const unknownEvent = await run([
      '--cases',
      await file('bad2.json', [{ ...cases[3], events: { wire: 'x' } }]),
    ]);
    expect(unknownEvent).toMatchObject({ code: 2 });
    expect(unknownEvent.stderr).toContain('cases[0].events');
    const notArray = await run(['--cases', await file('bad3.json', { centre: 'stroke' })]);
    expect(notArray.code).toBe(2);
  });

  it('exits 2 on a bad targets file, a missing file, invalid JSON or a missing --cases', async () => {
    const casesPath = await file('ok.json', cases);
    const badTargets = await run([
      '--cases',
      casesPath,
      '--targets',
      await file('t.json', { 'cp.d2x': {} }),
    ]);
    expect(badTargets.code).toBe(2);
    expect(badTargets.stderr).toContain('targets["cp.d2x"]');
    expect((await run(['--cases', join(dir, 'missing.json')])).stderr).toContain('ENOENT');
    expect((await run(['--cases', await file('broken.json', '[{')])).code).toBe(2);
    expect((await run([])).stderr).toContain('--cases FILE is required');
    expect((await run(['--cases'])).code).toBe(2);
  });
});
