/**
 * The `gesang-ecg` dispatcher and `info`, in-process (runCli with captured output) and once through
 * the real bin, on records from ../shared/data and on damaged copies made in a temp folder.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { sharedDataPath } from './disk/shared-data.js';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(argv, {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
  });
  return { code, ...out };
}

const MIT_100 = sharedDataPath('ecg', 'mitdb', '100.hea');

describe('dispatch and usage errors (exit 2)', () => {
  it('--help lists the commands and exits 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('info FILE [--json]');
  });

  it('command help via `help info` and `info --help`', async () => {
    expect((await run('help', 'info')).stdout).toContain('--json');
    expect(await run('info', '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: gesang-ecg info') as unknown,
    });
  });

  it.each([
    [[], 'Usage: gesang-ecg <command>'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['info'], 'expected exactly one FILE, got 0'],
    [['info', 'a.hea', 'b.hea'], 'expected exactly one FILE, got 2'],
    [['info', '--colour', MIT_100], "Unknown option '--colour'"],
  ])('%j → exit 2: %s', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('info', () => {
  it('prints MIT-BIH 100 as text', async () => {
    const { code, stdout } = await run('info', MIT_100);
    expect(code).toBe(0);
    expect(stdout).toContain('WFDB (signal format 212)');
    expect(stdout).toContain('2 leads x 650000 samples at 360 Hz (1805.6 s)');
    expect(stdout).toContain('Leads:     MLII V5');
  });

  it('--json prints one object with rate, leads and duration', async () => {
    const { code, stdout } = await run('info', '--json', MIT_100);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      sampleRateHz: 360,
      sampleCount: 650000,
      durationS: 650000 / 360,
      leads: [{ name: 'MLII' }, { name: 'V5' }],
      patient: { ageYears: 69, sex: 'male' },
      warnings: [],
    });
  });

  it('a truncated signal file → exit 1 naming the file and byte offset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gesang-ecg-'));
    try {
      copyFileSync(MIT_100, join(dir, '100.hea'));
      const dat = readFileSync(sharedDataPath('ecg', 'mitdb', '100.dat'));
      writeFileSync(join(dir, '100.dat'), dat.subarray(0, 1000));
      const { code, stderr } = await run('info', join(dir, '100.hea'));
      expect(code).toBe(1);
      expect(stderr).toContain('[truncated; field 100.dat; byte offset 1000]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing file → exit 1; a file that is no ECG format → exit 1 saying what it looks like', async () => {
    expect(await run('info', '/nonexistent/x.hea')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('ENOENT') as unknown,
    });
    const { code, stderr } = await run('info', sharedDataPath('ecg', 'mitdb', '100.atr'));
    expect(code).toBe(1);
    expect(stderr).toContain('Not an ECG format we read: this looks like binary data of');
  });
});

describe('the installed bin', () => {
  it('`gesang-ecg --help` runs through tsx with no build step', async () => {
    const bin = fileURLToPath(new URL('../bin/gesang-ecg.js', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [bin, '--help']);
    expect(stdout).toContain('Usage: gesang-ecg <command> [options]');
  }, 30_000);
});
