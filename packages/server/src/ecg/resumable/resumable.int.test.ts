import { createHash, randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Study, StudySummary } from '@gesang/domain';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEcgTestApp,
  sharedEcgFile,
  uploadEcg,
  type EcgTestApp,
} from '../../../test/ecg-helpers.js';
import { createOrg, createUser, signIn, type Client } from '../../../test/fixtures.js';

let t: EcgTestApp;
let countyId: string;
let tech: Client;
let otherTech: Client;

beforeAll(async () => {
  t = await createEcgTestApp();
  const db = t.database.db;
  countyId = (await createOrg(db, { kind: 'county' })).id;
  tech = await signIn(t.app, (await createUser(db, [[countyId, 'ecg_technician']])).username);
  otherTech = await signIn(t.app, (await createUser(db, [[countyId, 'ecg_technician']])).username);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t.close();
});

/** A real 2.7 MB cart file (EDF), the size the county link struggles with. */
const edf = sharedEcgFile('edf', 'test_generator_2.edf');
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const key = (): string => `k-${randomUUID()}`;

/** Upload-Metadata as tus 1.0 defines it: `key base64(value)`, comma-separated. */
const metadata = (pairs: Record<string, string>): string =>
  Object.entries(pairs)
    .map(([k, v]) => `${k} ${Buffer.from(v, 'utf8').toString('base64')}`)
    .join(',');

/** One tus request as `client` (null: no session at all). */
function tus(
  client: Client | null,
  method: 'POST' | 'HEAD' | 'PATCH' | 'DELETE' | 'GET',
  url: string,
  headers: Record<string, string> = {},
  payload?: Buffer,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: {
      'tus-resumable': '1.0.0',
      ...(client === null ? {} : { cookie: client.cookie, 'x-csrf-token': client.csrfToken }),
      ...headers,
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

/** Creates an upload of `lengthBytes`; returns its URL. */
async function create(client: Client, lengthBytes: number, pairs: Record<string, string>) {
  const response = await tus(client, 'POST', '/api/ecg/uploads', {
    'upload-length': String(lengthBytes),
    'upload-metadata': metadata(pairs),
  });
  expect(response.statusCode, response.body).toBe(201);
  expect(response.headers['tus-resumable']).toBe('1.0.0');
  expect(response.body).toBe(''); // tus answers in headers
  const location = String(response.headers.location);
  expect(location).toMatch(/^\/api\/ecg\/uploads\/[0-9a-f]{32}$/);
  return location;
}

const patch = (client: Client, url: string, offset: number, body: Buffer) =>
  tus(
    client,
    'PATCH',
    url,
    { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    body,
  );

const offsetOf = async (client: Client, url: string): Promise<number> => {
  const head = await tus(client, 'HEAD', url);
  expect(head.statusCode, head.body).toBe(200);
  return Number(head.headers['upload-offset']);
};

/**
 * Over a real socket (in-process injection cannot lose a link): sends `sentBytes` of a PATCH that
 * declared the rest of the file, waits until the server has them on disk, then cuts the socket.
 */
async function dropMidChunk(url: string, offset: number, sentBytes: number): Promise<void> {
  const { port } = t.app.server.address() as AddressInfo;
  const request = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'PATCH',
    path: url,
    headers: {
      cookie: tech.cookie,
      'x-csrf-token': tech.csrfToken,
      'tus-resumable': '1.0.0',
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
      'content-length': String(edf.length - offset),
    },
  });
  request.on('error', () => undefined);
  request.write(edf.subarray(offset, offset + sentBytes));
  const partial = join(t.dataDir, 'partial-uploads', url.split('/').pop() ?? '');
  for (let waitedMs = 0; statSync(partial).size < offset + sentBytes; waitedMs += 20) {
    if (waitedMs > 20_000) {
      throw new Error(`the server never wrote the ${sentBytes} bytes sent`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  request.destroy();
}

describe('resumable ECG uploads (tus 1.0)', () => {
  it('resumes a real EDF after a dropped link and makes one study, byte for byte', async () => {
    const k = key();
    const url = await create(tech, edf.length, {
      filename: 'test_generator_2.edf',
      idempotencyKey: k,
      chestPain: 'true',
      onsetAt: '2026-05-01T02:10:00+08:00',
    });
    expect(await offsetOf(tech, url)).toBe(0);
    const half = Math.floor(edf.length / 2);
    const first = await patch(tech, url, 0, edf.subarray(0, half));
    expect(first.statusCode, first.body).toBe(204);
    expect(Number(first.headers['upload-offset'])).toBe(half);
    expect(first.headers['upload-expires']).toBeTypeOf('string');
    const head = await tus(tech, 'HEAD', url);
    expect(head.headers).toMatchObject({
      'upload-offset': String(half),
      'upload-length': String(edf.length),
      'cache-control': 'no-store',
    });

    // The link drops 100 000 bytes into the next chunk: what arrived is kept, nothing more.
    await dropMidChunk(url, half, 100_000);
    expect(await offsetOf(tech, url)).toBe(half + 100_000);
    const resumeAt = half + 100_000;

    const stale = await patch(tech, url, 0, edf.subarray(0, 10));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'conflict', field: 'header.upload-offset' });

    const last = await patch(tech, url, resumeAt, edf.subarray(resumeAt));
    expect(last.statusCode, last.body).toBe(204);
    expect(Number(last.headers['upload-offset'])).toBe(edf.length);
    const studyId = String(last.headers['gesang-study-id']);
    const answer = await tus(tech, 'GET', `${url}/study`);
    expect(answer.statusCode, answer.body).toBe(200);
    const { study, repeat } = answer.json<{ study: StudySummary; repeat: boolean }>();
    expect(repeat).toBe(false);
    expect(study).toMatchObject({ id: studyId, orgId: countyId, fileName: 'test_generator_2.edf' });
    expect(study.clinicalContext).toEqual({
      chestPain: true,
      onsetAt: '2026-05-01T02:10:00+08:00',
      firstMedicalContactAt: null,
    });
    const file = await tech.get(`/api/ecg/studies/${studyId}/file`);
    expect(file.statusCode).toBe(200);
    expect(sha256(file.rawPayload)).toBe(sha256(edf));
    // The partial file left the server; HEAD still tells a late client it is complete.
    expect(existsSync(join(t.dataDir, 'partial-uploads', url.split('/').pop() ?? ''))).toBe(false);
    const done = await tus(tech, 'HEAD', url);
    expect(done.headers['upload-offset']).toBe(String(edf.length));
    expect(done.headers['gesang-study-id']).toBe(studyId);
    expect((await patch(tech, url, edf.length, Buffer.alloc(0))).statusCode).toBe(409);
    const full = (await tech.get(`/api/ecg/studies/${studyId}`)).json<Study>();
    expect(full.uploadedBy).not.toBeNull();

    // The same bytes with the same key, resumable or multipart: the first study (200).
    const again = await create(tech, edf.length, { idempotencyKey: k });
    const repeated = await patch(tech, again, 0, edf);
    expect(repeated.headers['gesang-study-id']).toBe(studyId);
    const second = (await tus(tech, 'GET', `${again}/study`)).json<{ repeat: boolean }>();
    expect(second.repeat).toBe(true);
    const multipart = await uploadEcg(t.app, tech, edf, { key: k });
    expect(multipart.statusCode).toBe(200);
    expect(multipart.json<StudySummary>().id).toBe(studyId);
  });

  it('refuses a key reused for different bytes with 409 naming the first study', async () => {
    const k = key();
    const url = await create(tech, 3000, { idempotencyKey: k });
    const first = await patch(tech, url, 0, Buffer.alloc(3000, 1));
    const studyId = String(first.headers['gesang-study-id']);
    const other = await create(tech, 3000, { idempotencyKey: k });
    const clash = await patch(tech, other, 0, Buffer.alloc(3000, 2));
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'conflict', details: { studyId } });
  });

  it('keeps an upload to its owner: anyone else gets 404', async () => {
    const url = await create(tech, 5000, { idempotencyKey: key() });
    expect((await patch(tech, url, 0, Buffer.alloc(2000, 3))).statusCode).toBe(204);
    expect((await tus(otherTech, 'HEAD', url)).statusCode).toBe(404);
    expect((await patch(otherTech, url, 2000, Buffer.alloc(3000, 3))).statusCode).toBe(404);
    expect((await tus(otherTech, 'GET', `${url}/study`)).statusCode).toBe(404);
    expect((await tus(otherTech, 'DELETE', url)).statusCode).toBe(404);
    expect(await offsetOf(tech, url)).toBe(2000);
    expect((await tus(tech, 'GET', `${url}/study`)).statusCode).toBe(409);
    expect((await tus(tech, 'DELETE', url)).statusCode).toBe(204);
    expect((await tus(tech, 'HEAD', url)).statusCode).toBe(404);
  });

  it('refuses, in its own words: no session 401, no CSRF 403, too large 413, bad headers 4xx', async () => {
    const url = await create(tech, 1000, { idempotencyKey: key() });
    const anonymous = await tus(null, 'POST', '/api/ecg/uploads', {
      'upload-length': '1000',
      'upload-metadata': metadata({ idempotencyKey: key() }),
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await tus(null, 'HEAD', url)).statusCode).toBe(401);
    const noCsrf = await t.app.inject({
      method: 'PATCH',
      url,
      headers: {
        cookie: tech.cookie,
        'tus-resumable': '1.0.0',
        'upload-offset': '0',
        'content-type': 'application/offset+octet-stream',
      },
      payload: Buffer.alloc(10),
    });
    expect(noCsrf.json()).toMatchObject({ status: 403, code: 'csrf_failed' });

    const maxBytes = t.config.ecgMaxUploadBytes;
    const tooLarge = await tus(tech, 'POST', '/api/ecg/uploads', {
      'upload-length': String(maxBytes + 1),
      'upload-metadata': metadata({ idempotencyKey: key() }),
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({
      code: 'payload_too_large',
      field: 'header.upload-length',
      details: { limitBytes: maxBytes },
    });
    expect(tooLarge.json<{ message: string }>().message).toContain(`${maxBytes} bytes`);

    const misspelt = await tus(tech, 'POST', '/api/ecg/uploads', {
      'upload-length': '10',
      'upload-metadata': metadata({ idempotencyKey: key(), chestpain: 'true' }),
    });
    expect(misspelt.json()).toMatchObject({
      status: 400,
      field: 'header.upload-metadata.chestpain',
    });
    const noKey = await tus(tech, 'POST', '/api/ecg/uploads', {
      'upload-length': '10',
      'upload-metadata': metadata({ filename: 'a.edf' }),
    });
    expect(noKey.json()).toMatchObject({ field: 'header.upload-metadata.idempotencyKey' });
    const badContext = await tus(tech, 'POST', '/api/ecg/uploads', {
      'upload-length': '10',
      'upload-metadata': metadata({ idempotencyKey: key(), onsetAt: 'yesterday' }),
    });
    expect(badContext.json()).toMatchObject({ field: 'header.upload-metadata.onsetAt' });
    const noLength = await tus(tech, 'POST', '/api/ecg/uploads', {
      'upload-defer-length': '1',
      'upload-metadata': metadata({ idempotencyKey: key() }),
    });
    expect(noLength.json()).toMatchObject({ status: 400, field: 'header.upload-length' });
    const oldClient = await tus(tech, 'HEAD', url, { 'tus-resumable': '0.2.2' });
    expect(oldClient.statusCode).toBe(412);
    const text = await tus(tech, 'PATCH', url, {
      'upload-offset': '0',
      'content-type': 'text/plain',
    });
    expect(text.json()).toMatchObject({ status: 415, field: 'header.content-type' });
    expect((await tus(tech, 'HEAD', '/api/ecg/uploads/not-an-id')).statusCode).toBe(400);
    const overrun = await patch(tech, url, 0, Buffer.alloc(1001));
    expect(overrun.statusCode).toBe(413);
    expect(await offsetOf(tech, url)).toBe(0);
  });

  it('serves cart gateways with their device token, apart from users’ uploads', async () => {
    const db = t.database.db;
    const admin = await signIn(t.app, (await createUser(db, [[countyId, 'org_admin']])).username);
    const { token } = (await admin.post('/api/ecg/device-tokens', { name: 'gateway' })).json<{
      token: string;
    }>();
    const device = (method: 'POST' | 'PATCH' | 'HEAD', url: string, extra = {}, body?: Buffer) =>
      t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0', ...extra },
        ...(body === undefined ? {} : { payload: body }),
      });
    const created = await device('POST', '/api/ecg/device/uploads', {
      'upload-length': '4000',
      'upload-metadata': metadata({ idempotencyKey: key(), filename: 'cart.bin' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = String(created.headers.location);
    expect(url).toMatch(/^\/api\/ecg\/device\/uploads\/[0-9a-f]{32}$/);
    const id = url.split('/').pop() ?? '';
    expect((await tus(tech, 'HEAD', `/api/ecg/uploads/${id}`)).statusCode).toBe(404);
    const sent = await device(
      'PATCH',
      url,
      { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      Buffer.alloc(4000, 9),
    );
    expect(sent.statusCode, sent.body).toBe(204);
    const study = (
      await tech.get(`/api/ecg/studies/${String(sent.headers['gesang-study-id'])}`)
    ).json<Study>();
    expect(study.uploadedByDevice?.name).toBe('gateway');
    const forged = await t.app.inject({
      method: 'HEAD',
      url,
      headers: { authorization: 'Bearer gsd_forged', 'tus-resumable': '1.0.0' },
    });
    expect(forged.statusCode).toBe(401);
  });
});
