import { createHash, randomUUID } from 'node:crypto';
import type { StudySummary } from '@gesang/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, ecgStudies } from '../db/schema/index.js';
import {
  createEcgTestApp,
  sharedEcgFile,
  uploadEcg,
  type EcgTestApp,
} from '../../test/ecg-helpers.js';
import {
  createGrant,
  createOrg,
  createPatientRecord,
  createUser,
  signIn,
  type Client,
} from '../../test/fixtures.js';

let t: EcgTestApp;
let countyId: string;
let tech: Client;
let otherTech: Client;
let hubReader: Client;

beforeAll(async () => {
  t = await createEcgTestApp();
  const db = t.database.db;
  countyId = (await createOrg(db, { kind: 'county' })).id;
  const otherCountyId = (await createOrg(db, { kind: 'county' })).id;
  const hubId = (await createOrg(db, { kind: 'prefecture' })).id;
  await createGrant(db, countyId, hubId, 'ecg');
  tech = await signIn(t.app, (await createUser(db, [[countyId, 'ecg_technician']])).username);
  otherTech = await signIn(
    t.app,
    (await createUser(db, [[otherCountyId, 'ecg_technician']])).username,
  );
  hubReader = await signIn(t.app, (await createUser(db, [[hubId, 'ecg_reader']])).username);
});
afterAll(async () => {
  await t.close();
});

/** Uploads `bytes` under `fileName` as the county technician; returns the new study's id. */
async function upload(bytes: Uint8Array, fileName: string): Promise<string> {
  const response = await uploadEcg(t.app, tech, bytes, { key: `k-${randomUUID()}`, fileName });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<StudySummary>().id;
}

describe('GET /api/ecg/studies/{id}/file', () => {
  it('returns the original bytes with their name, hash as ETag, and audits the read', async () => {
    const bytes = sharedEcgFile('dicom', 'waveform_ecg.dcm');
    const name = '拉孜 心电图 (1).dcm';
    const id = await upload(bytes, name);
    const patient = await createPatientRecord(t.database.db, { orgId: countyId });
    await t.database.db
      .update(ecgStudies)
      .set({ patientId: patient.id })
      .where(eq(ecgStudies.id, id));

    const response = await tech.get(`/api/ecg/studies/${id}/file`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.rawPayload.equals(bytes)).toBe(true);
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['content-length']).toBe(String(bytes.length));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(response.headers.etag).toBe(`"${sha256}"`);
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    // The exact name survives in filename* (RFC 8187), decoded by the platform's own decoder.
    const star = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(star)).toBe(name);

    const audits = await t.database.db
      .select({ patientId: auditEvents.patientId, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, id), eq(auditEvents.action, 'ecg.file.read')));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.patientId).toBe(patient.id);
    expect(audits[0]?.details).toMatchObject({ sha256, sizeBytes: bytes.length });
  });

  it('answers 304 without the body when the browser already holds these bytes', async () => {
    const bytes = Buffer.from(`not an ecg ${randomUUID()}`);
    const id = await upload(bytes, 'note.txt');
    const etag = `"${createHash('sha256').update(bytes).digest('hex')}"`;
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/ecg/studies/${id}/file`,
      headers: { cookie: tech.cookie, 'if-none-match': etag },
    });
    expect(response.statusCode).toBe(304);
    expect(response.rawPayload.length).toBe(0);
    expect(response.headers.etag).toBe(etag);
  });

  it('follows the study’s visibility: the hub it routes to reads it, another county gets 404', async () => {
    const bytes = Buffer.from(`shared ${randomUUID()}`);
    const id = await upload(bytes, 'shared.scp');
    const atHub = await hubReader.get(`/api/ecg/studies/${id}/file`);
    expect(atHub.statusCode).toBe(200);
    expect(atHub.rawPayload.equals(bytes)).toBe(true);

    const elsewhere = await otherTech.get(`/api/ecg/studies/${id}/file`);
    expect(elsewhere.statusCode).toBe(404);
    const missing = await tech.get(`/api/ecg/studies/${randomUUID()}/file`);
    expect(missing.statusCode).toBe(404);
    expect(elsewhere.json<{ code: string }>().code).toBe(missing.json<{ code: string }>().code);

    const anonymous = await t.app.inject({ method: 'GET', url: `/api/ecg/studies/${id}/file` });
    expect(anonymous.statusCode).toBe(401);
  });
});
