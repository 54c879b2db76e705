import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Study } from '@gesang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEcgTestApp, waitForStudy, type EcgTestApp } from '../../test/ecg-helpers.js';
import { createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';
import { runImport, type ImportOptions } from './import-watch.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const formats = resolve(repoRoot, '..', 'shared', 'data', 'ecg-formats');
const scp = join(formats, 'scp-ecg', 'ecgtoolkit_Example.scp'); // 34,144 bytes
const dicom = join(formats, 'dicom', 'ecgtoolkit_Example.dcm'); // 143,392 bytes
const bigDicom = join(formats, 'dicom', 'waveform_ecg.dcm'); // 291,088 bytes: over the limit below
const laterScp = join(formats, 'scp-ecg', 'ECG_20170504_163507_123456789.SCP');
const otherScp = join(formats, 'scp-ecg', 'ECG_20060620_112352_ANON000002.SCP');
const sha256 = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex');

let t: EcgTestApp;
let server: URL;
let tech: Client;
let token: string;
let tokenId: string;
const folders: string[] = [];

/** A fresh folder for the cart to write into. */
function cartFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gesang-import-'));
  folders.push(dir);
  return dir;
}

beforeAll(async () => {
  // A 250,000-byte upload limit, so that one real DICOM is refused by the server itself (413).
  t = await createEcgTestApp({ ecgMaxUploadBytes: 250_000 });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  server = new URL(`http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`);
  const db = t.database.db;
  const county = await createOrg(db, { kind: 'county' });
  const admin = await signIn(t.app, (await createUser(db, [[county.id, 'org_admin']])).username);
  tech = await signIn(t.app, (await createUser(db, [[county.id, 'ecg_technician']])).username);
  const created = await admin.post('/api/ecg/device-tokens', { name: 'PC beside the MAC 2000' });
  expect(created.statusCode, created.body).toBe(201);
  ({ token, id: tokenId } = created.json<{ token: string; id: string }>());
});
afterAll(async () => {
  await t.close();
  for (const dir of folders) {
    rmSync(dir, { recursive: true, force: true });
  }
});

function options(dir: string, lines: string[], over: Partial<ImportOptions> = {}): ImportOptions {
  return {
    dir,
    server,
    token,
    once: true,
    check: true,
    maxAttempts: 3,
    retryBaseMs: 10,
    uploadTimeoutMs: 60_000,
    settleMs: 100,
    rescanMs: 1000,
    log: (line) => lines.push(line),
    ...over,
  };
}

const studyTotal = async (): Promise<number> =>
  (await tech.get('/api/ecg/studies?limit=200')).json<{ total: number }>().total;

describe('gesang import --once against the real server', () => {
  const dir = cartFolder();
  const lines: string[] = [];
  const sentLog = (): string[][] =>
    readFileSync(join(dir, 'sent', 'sent.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));

  it('sends the ECGs, refuses the rest with the reason, and moves each file', async () => {
    copyFileSync(scp, join(dir, 'ecgtoolkit_Example.scp'));
    copyFileSync(dicom, join(dir, 'ecgtoolkit_Example.dcm'));
    copyFileSync(bigDicom, join(dir, 'waveform_ecg.dcm'));
    writeFileSync(join(dir, 'notes.txt'), 'Cart serviced on Tuesday; paper roll replaced.\n');
    writeFileSync(join(dir, '.partial-write'), 'a file the cart is still writing');

    const summary = await runImport(options(dir, lines), new AbortController().signal);
    expect(summary, lines.join('\n')).toEqual({
      sent: 2,
      repeat: 0,
      refused: 2,
      failed: 0,
      unauthorised: false,
      stopped: false,
    });
    expect(readdirSync(dir).sort()).toEqual(['.partial-write', 'refused', 'sent']);
    expect(readdirSync(join(dir, 'sent')).sort()).toEqual([
      'ecgtoolkit_Example.dcm',
      'ecgtoolkit_Example.scp',
      'sent.log',
    ]);
    expect(readdirSync(join(dir, 'refused')).sort()).toEqual([
      'notes.txt',
      'notes.txt.reason.txt',
      'waveform_ecg.dcm',
      'waveform_ecg.dcm.reason.txt',
    ]);
    const notesReason = readFileSync(join(dir, 'refused', 'notes.txt.reason.txt'), 'utf8');
    expect(notesReason).toContain('refused by: local check');
    expect(notesReason).toContain('code: not-ecg');
    const bigReason = readFileSync(join(dir, 'refused', 'waveform_ecg.dcm.reason.txt'), 'utf8');
    expect(bigReason).toContain('refused by: server');
    expect(bigReason).toContain('status: 413');
    expect(bigReason).toContain('code: payload_too_large');
    expect(bigReason).toContain('250000 bytes');
    expect(lines.filter((l) => /^(sent|refused) /.test(l))).toHaveLength(4);
  });

  it('made one study per ECG, keyed by the SHA-256 of its bytes, from the device', async () => {
    expect(await studyTotal()).toBe(2);
    const bySha = new Map(sentLog().map(([, file, sha, id, how]) => [sha, { file, id, how }]));
    for (const path of [scp, dicom]) {
      const entry = bySha.get(sha256(path));
      expect(entry?.how).toBe('new');
      const study = await waitForStudy(tech, entry?.id ?? '', (s) => s.status !== 'received');
      expect(study).toMatchObject<Partial<Study>>({
        status: 'analysed',
        idempotencyKey: sha256(path),
        file: { sha256: sha256(path), sizeBytes: readFileSync(path).length },
        fileName: entry?.file ?? '',
        uploadedBy: null,
        uploadedByDevice: { id: tokenId, name: 'PC beside the MAC 2000' },
      });
    }
  });

  it('sending the same file again (a copy put back, a crash before the move) makes no second study', async () => {
    const firstId = sentLog().find(([, , sha]) => sha === sha256(scp))?.[3];
    copyFileSync(scp, join(dir, 'ecgtoolkit_Example.scp'));
    const summary = await runImport(options(dir, lines), new AbortController().signal);
    expect(summary).toMatchObject({ sent: 0, repeat: 1, refused: 0, failed: 0 });
    expect(await studyTotal()).toBe(2);
    expect(sentLog().at(-1)?.slice(2)).toEqual([sha256(scp), firstId, 'repeat']);
    // The name was taken in sent/: the copy is kept beside it under its hash.
    expect(readdirSync(join(dir, 'sent'))).toContain(
      `ecgtoolkit_Example.${sha256(scp).slice(0, 8)}.scp`,
    );
  });
});

describe('gesang import when sending fails', () => {
  let stub: Server;
  beforeAll(async () => {
    // A proxy whose Gesang is down: 503 to everything.
    stub = createServer((_req, res) => res.writeHead(503).end('Service Unavailable'));
    await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => stub.close(() => r())));

  it('retries 5xx and network errors with backoff and keeps the file', async () => {
    const dir = cartFolder();
    copyFileSync(scp, join(dir, 'a.scp'));
    const lines: string[] = [];
    const port = (stub.address() as AddressInfo).port;
    const down = await runImport(
      options(dir, lines, { server: new URL(`http://127.0.0.1:${port}/`), maxAttempts: 2 }),
      new AbortController().signal,
    );
    expect(down).toMatchObject({ sent: 0, refused: 0, failed: 1 });
    expect(lines.some((l) => l.startsWith('retry a.scp: 503'))).toBe(true);
    // Nothing listens on port 9 (discard) here: connection refused.
    const unreachable = await runImport(
      options(dir, lines, { server: new URL('http://127.0.0.1:9/'), maxAttempts: 2 }),
      new AbortController().signal,
    );
    expect(unreachable).toMatchObject({ sent: 0, failed: 1 });
    expect(readdirSync(dir)).toEqual(['a.scp']);
    // Back up: sent (the county's first run sent these bytes already, so the same study).
    expect(await runImport(options(dir, lines), new AbortController().signal)).toMatchObject({
      repeat: 1,
      failed: 0,
    });
    expect(readdirSync(dir).sort()).toEqual(['sent']);
  });

  it('keeps a file it cannot move, says why, and goes on with the others', async () => {
    const dir = cartFolder();
    // A file named like the refused/ folder blocks it: the notes cannot be moved there.
    writeFileSync(join(dir, 'refused'), 'not a folder');
    writeFileSync(join(dir, 'notes.txt'), 'not an ECG');
    copyFileSync(otherScp, join(dir, 'b.scp'));
    const lines: string[] = [];
    const summary = await runImport(options(dir, lines), new AbortController().signal);
    expect(summary).toMatchObject({ sent: 1, failed: 2, unauthorised: false });
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'refused', 'sent']);
    expect(lines.filter((l) => l.startsWith('error '))).toHaveLength(2);
  });

  it('stops at a refused token and moves nothing', async () => {
    const dir = cartFolder();
    copyFileSync(scp, join(dir, 'a.scp'));
    const lines: string[] = [];
    const summary = await runImport(
      options(dir, lines, { token: 'gsd_revoked-or-mistyped' }),
      new AbortController().signal,
    );
    expect(summary).toMatchObject({ sent: 0, refused: 0, unauthorised: true });
    expect(readdirSync(dir)).toEqual(['a.scp']);
    expect(lines.at(-1)).toMatch(/^stopped: the server refused the device token \(401/);
  });
});

describe('gesang import watching a folder', () => {
  it('sends a file that appears after the start, and stops cleanly when told', async () => {
    const dir = cartFolder();
    const lines: string[] = [];
    const stop = new AbortController();
    const running = runImport(options(dir, lines, { once: false, rescanMs: 500 }), stop.signal);
    // Written once the watcher runs (an ordering, not a timed assertion: either way it is sent).
    await new Promise((r) => setTimeout(r, 300));
    copyFileSync(laterScp, join(dir, 'later.scp'));
    for (let i = 0; i < 200 && !lines.some((l) => l.startsWith('sent later.scp')); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    stop.abort();
    expect(await running).toMatchObject({ sent: 1, stopped: true });
    expect(readdirSync(join(dir, 'sent'))).toContain('later.scp');
  });

  it('runs as `gesang import --once` from the command line', async () => {
    const dir = cartFolder();
    copyFileSync(scp, join(dir, 'cli.scp'));
    // Asynchronous: the server answering it runs in this process.
    const gesang = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
      new Promise((done) => {
        execFile(
          'npx',
          ['tsx', 'packages/server/src/main.ts', 'import', ...args],
          { cwd: repoRoot, env: { ...process.env, GESANG_DEVICE_TOKEN: token }, timeout: 120_000 },
          (error, stdout, stderr) =>
            done({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
        );
      });
    const ok = await gesang([
      '--watch',
      dir,
      '--server',
      server.href,
      '--once',
      '--settle-ms',
      '100',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/ sent cli\.scp: sent before, same study [0-9a-f-]{36}\n/);
    expect(ok.stdout).toMatch(/ done: 0 sent, 1 sent before, 0 refused, 0 not sent\n$/);
    const usage = await gesang(['--server', server.href, '--once']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--watch must name an existing folder');
  }, 240_000);
});
