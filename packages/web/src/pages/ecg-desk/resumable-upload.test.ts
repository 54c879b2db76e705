import type { StudySummary } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { sendResumable, type ResumableRequest } from './resumable-upload.js';
import type { TusCall } from './tus-client.js';

/** What the fake server does with the next PATCH: store it, or keep `keptBytes` and drop. */
type PatchFate = 'store' | { keptBytes: number };

/**
 * A tus 1.0 server in memory, written from the protocol text (creation, HEAD, PATCH with offset
 * check → 409), so the client is tested against the protocol rather than against itself.
 */
function fakeTusServer(options: { fates?: PatchFate[]; repeatKey?: string } = {}) {
  const uploads = new Map<string, { bytes: Uint8Array; offset: number; meta: string }>();
  const log: { method: string; offset?: number; sizeBytes?: number }[] = [];
  const fates = [...(options.fates ?? [])];
  let receivedBytes = 0;
  let n = 0;
  const json = (status: number, body: unknown): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetchFn: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    expect(headers.get('Tus-Resumable')).toBe('1.0.0');
    if (method === 'POST') {
      log.push({ method });
      const id = `/api/ecg/uploads/u${++n}`;
      const length = Number(headers.get('Upload-Length'));
      uploads.set(id, {
        bytes: new Uint8Array(length),
        offset: 0,
        meta: headers.get('Upload-Metadata') ?? '',
      });
      return new Response(null, { status: 201, headers: { Location: id } });
    }
    const upload = uploads.get(url.replace(/\/study$/, ''));
    if (upload === undefined) {
      log.push({ method });
      return new Response(null, { status: 404 });
    }
    if (method === 'HEAD') {
      log.push({ method });
      const length = String(upload.bytes.length);
      return new Response(null, {
        headers: { 'Upload-Offset': String(upload.offset), 'Upload-Length': length },
      });
    }
    if (method === 'GET') {
      log.push({ method });
      const repeat =
        options.repeatKey !== undefined && upload.meta.includes(btoa(options.repeatKey));
      return json(200, { study: { id: 'study-1' } as StudySummary, repeat });
    }
    const offset = Number(headers.get('Upload-Offset'));
    const chunk = new Uint8Array(await (init?.body as Blob).arrayBuffer());
    log.push({ method, offset, sizeBytes: chunk.length });
    if (offset !== upload.offset) {
      return json(409, {
        status: 409,
        code: 'conflict',
        message: '',
        field: 'header.upload-offset',
      });
    }
    const fate = fates.shift() ?? 'store';
    const kept = fate === 'store' ? chunk : chunk.subarray(0, fate.keptBytes);
    upload.bytes.set(kept, offset);
    upload.offset += kept.length;
    receivedBytes += kept.length;
    if (fate !== 'store') {
      throw new TypeError('Failed to fetch'); // the link dropped mid-chunk
    }
    return new Response(null, { status: 204, headers: { 'Upload-Offset': String(upload.offset) } });
  };
  return { fetchFn, uploads, log, received: () => receivedBytes };
}

/** A file of `size` bytes whose every byte differs from its neighbours (position mod 251). */
const fileOf = (size: number): Blob =>
  new Blob([Uint8Array.from({ length: size }, (_, i) => i % 251)]);

function request(file: Blob, resumeUrl: string | null = null) {
  const urls: (string | null)[] = [];
  const progress: number[] = [];
  const input: ResumableRequest = {
    file,
    fileName: 'test_generator_2.edf',
    key: 'abc123',
    fields: { chestPain: 'true' },
    resumeUrl,
    onResumeUrl: (url) => urls.push(url),
    onProgress: (sent) => progress.push(sent),
  };
  return { input, urls, progress };
}

const callOf = (fetchFn: typeof fetch): TusCall => ({
  fetchFn,
  csrfToken: () => 'csrf',
  stallTimeoutMs: 60_000,
});

const bytesOf = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

/** Byte-for-byte equality (a plain loop: deep equality of large arrays is slow). */
const same = async (stored: Uint8Array | undefined, file: Blob): Promise<boolean> => {
  const expected = await bytesOf(file);
  return stored?.length === expected.length && expected.every((b, i) => stored[i] === b);
};

describe('sendResumable', () => {
  it('creates once with the metadata, then sends 64 KiB chunks in order', async () => {
    const server = fakeTusServer();
    const file = fileOf(200_000);
    const { input, urls, progress } = request(file);
    const answer = await sendResumable(input, { call: callOf(server.fetchFn) });
    expect(answer).toEqual({ status: 201, study: { id: 'study-1' } });
    expect(urls).toEqual(['/api/ecg/uploads/u1']);
    // 200 000 = 3 × 65 536 + 3 392.
    expect(server.log.filter((e) => e.method === 'PATCH')).toEqual([
      { method: 'PATCH', offset: 0, sizeBytes: 65_536 },
      { method: 'PATCH', offset: 65_536, sizeBytes: 65_536 },
      { method: 'PATCH', offset: 131_072, sizeBytes: 65_536 },
      { method: 'PATCH', offset: 196_608, sizeBytes: 3_392 },
    ]);
    expect(progress).toEqual([0, 65_536, 131_072, 196_608, 200_000]);
    const stored = server.uploads.get('/api/ecg/uploads/u1');
    expect(await same(stored?.bytes, file)).toBe(true);
    // base64 of 'test_generator_2.edf', 'abc123', 'true' (RFC 4648).
    expect(stored?.meta.split(',').sort()).toEqual([
      'chestPain dHJ1ZQ==',
      'filename dGVzdF9nZW5lcmF0b3JfMi5lZGY=',
      'idempotencyKey YWJjMTIz',
    ]);
  });

  it('loses at most the chunk on the wire when the link drops, and resumes from the server', async () => {
    // The third chunk is cut after 1 000 bytes: the server keeps them, the client sees no answer.
    const server = fakeTusServer({ fates: ['store', 'store', { keptBytes: 1_000 }] });
    const file = fileOf(300_000);
    const first = request(file);
    const dropped = await sendResumable(first.input, { call: callOf(server.fetchFn) }).catch(
      (e: unknown) => e,
    );
    expect(dropped).toBeInstanceOf(ApiError);
    expect((dropped as ApiError).status).toBe(0);
    // The next attempt (the queue's retry, or after a reload) has only the kept URL.
    const second = request(file, first.urls[0] ?? null);
    const answer = await sendResumable(second.input, { call: callOf(server.fetchFn) });
    expect(answer.status).toBe(201);
    expect(second.urls).toEqual([]);
    expect(second.progress[0]).toBe(131_072 + 1_000);
    expect(server.log.filter((e) => e.method === 'POST')).toHaveLength(1);
    expect(await same(server.uploads.get('/api/ecg/uploads/u1')?.bytes, file)).toBe(true);
    expect(server.received()).toBe(300_000); // every byte arrived once
  });

  it('starts over when the kept upload has expired (404)', async () => {
    const server = fakeTusServer();
    const { input, urls } = request(fileOf(70_000), '/api/ecg/uploads/expired');
    await sendResumable(input, { call: callOf(server.fetchFn) });
    expect(urls).toEqual([null, '/api/ecg/uploads/u1']);
    expect(server.log.map((e) => e.method)).toEqual(['HEAD', 'POST', 'PATCH', 'PATCH', 'GET']);
  });

  it('on 409 asks where the server stands and continues from there', async () => {
    const server = fakeTusServer();
    const file = fileOf(200_000);
    const { input } = request(file);
    let patches = 0;
    const racing: typeof fetch = async (url, init) => {
      const answer = await server.fetchFn(url, init);
      // After the first chunk, another tab of this desk sends the second one behind our back.
      if (init?.method === 'PATCH' && ++patches === 1) {
        const upload = server.uploads.get(url as string);
        const bytes = await bytesOf(file.slice(65_536, 131_072));
        upload?.bytes.set(bytes, 65_536);
        if (upload !== undefined) {
          upload.offset = 131_072;
        }
      }
      return answer;
    };
    await sendResumable(input, { call: callOf(racing) });
    expect(server.log.map((e) => `${e.method}${e.offset ?? ''}`)).toEqual([
      'POST',
      'PATCH0',
      'PATCH65536',
      'HEAD',
      'PATCH131072',
      'PATCH196608',
      'GET',
    ]);
    expect(await same(server.uploads.get('/api/ecg/uploads/u1')?.bytes, file)).toBe(true);
  });

  it('answers 200 when the key had been used (the first study), and passes refusals on', async () => {
    const server = fakeTusServer({ repeatKey: 'abc123' });
    const answer = await sendResumable(request(fileOf(10)).input, { call: callOf(server.fetchFn) });
    expect(answer.status).toBe(200);
    const refusing: typeof fetch = () =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            status: 413,
            code: 'payload_too_large',
            message: 'limit',
            details: { limitBytes: 5 },
          }),
          { status: 413 },
        ),
      );
    const refused = await sendResumable(request(fileOf(10)).input, {
      call: callOf(refusing),
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      status: 413,
      code: 'payload_too_large',
      details: { limitBytes: 5 },
    });
  });
});
