import { randomUUID } from 'node:crypto';
import type { PriorStudies } from '@gesang/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, ecgStudies, patientOrgs } from '../db/schema/index.js';
import { createAnalysedStudy, createEcgTestApp, type EcgTestApp } from '../../test/ecg-helpers.js';
import {
  createGrant,
  createOrg,
  createPatientRecord,
  createUser,
  signIn,
  type Client,
} from '../../test/fixtures.js';

let t: EcgTestApp;
let countyA: string;
let countyB: string;
let techAId: string;
let techA: Client;
let techB: Client;
let hubReader: Client;
let centreReader: Client;
let strangerReader: Client;

const daysAgo = (days: number): Date => new Date(Date.now() - days * 86_400_000);

beforeAll(async () => {
  t = await createEcgTestApp();
  const db = t.database.db;
  const hub = await createOrg(db, { kind: 'prefecture' });
  const otherHub = await createOrg(db, { kind: 'prefecture' });
  const centre = await createOrg(db, { kind: 'reading_centre' });
  countyA = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  countyB = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  // Both counties send ECGs to the hub; only A also to the reading centre.
  await createGrant(db, countyA, hub.id, 'ecg');
  await createGrant(db, countyB, hub.id, 'ecg');
  await createGrant(db, countyA, centre.id, 'ecg');
  const techAUser = await createUser(db, [[countyA, 'ecg_technician']]);
  techAId = techAUser.id;
  techA = await signIn(t.app, techAUser.username);
  techB = await signIn(t.app, (await createUser(db, [[countyB, 'ecg_technician']])).username);
  hubReader = await signIn(t.app, (await createUser(db, [[hub.id, 'ecg_reader']])).username);
  centreReader = await signIn(t.app, (await createUser(db, [[centre.id, 'ecg_reader']])).username);
  strangerReader = await signIn(
    t.app,
    (await createUser(db, [[otherHub.id, 'ecg_reader']])).username,
  );
});
afterAll(async () => {
  await t.close();
});

/** An analysed study of `orgId` received `days` ago, belonging to `patientId`. */
async function study(
  orgId: string,
  days: number,
  patientId: string | null,
  level: 'critical' | 'urgent' | 'routine' = 'routine',
): Promise<string> {
  const db = t.database.db;
  const id = await createAnalysedStudy(db, {
    orgId,
    uploadedBy: techAId,
    level,
    receivedAt: daysAgo(days),
  });
  await db.update(ecgStudies).set({ patientId }).where(eq(ecgStudies.id, id));
  return id;
}

async function prior(client: Client, id: string): Promise<{ status: number; body: PriorStudies }> {
  const response = await client.get(`/api/ecg/studies/${id}/prior`);
  return { status: response.statusCode, body: response.json<PriorStudies>() };
}

describe('the patient’s earlier ECGs', () => {
  let patientId: string;
  let signedInA: string;
  let inB: string;
  let current: string;
  let otherPatients: string;
  let refused: string;
  let later: string;

  beforeAll(async () => {
    const db = t.database.db;
    patientId = (await createPatientRecord(db, { orgId: countyA, nameZh: '次仁', sex: 'male' })).id;
    // The same person was also seen at county B.
    await db.insert(patientOrgs).values({ patientId, orgId: countyB });
    const someoneElse = (await createPatientRecord(db, { orgId: countyA, nameZh: '多吉' })).id;
    signedInA = await study(countyA, 30, patientId, 'urgent');
    inB = await study(countyB, 10, patientId);
    otherPatients = await study(countyA, 5, someoneElse);
    refused = await study(countyA, 3, patientId);
    await db.update(ecgStudies).set({ status: 'rejected' }).where(eq(ecgStudies.id, refused));
    current = await study(countyA, 1, patientId);
    later = await study(countyA, 0.5, patientId);
    expect((await hubReader.post(`/api/ecg/studies/${signedInA}/claim`)).statusCode).toBe(200);
    const signed = await hubReader.post(`/api/ecg/studies/${signedInA}/sign`, {
      statements: [{ code: 'atrial_fibrillation' }],
      conclusion: '心房颤动',
    });
    expect(signed.statusCode, signed.body).toBe(200);
  });

  it('lists the hub reader’s visible earlier ECGs of the same patient, newest first', async () => {
    const { status, body } = await prior(hubReader, current);
    expect(status).toBe(200);
    expect(body.items.map((s) => s.id)).toEqual([inB, signedInA]);
    expect(body.patient).toMatchObject({ id: patientId, nameZh: '次仁', identifiers: [] });
    const [, first] = body.items;
    expect(first).toMatchObject({
      status: 'signed',
      triage: { level: 'urgent' },
      report: { version: 1, conclusion: '心房颤动' },
    });
    expect(body.items[0]?.report).toBeNull();
    const ids = body.items.map((s) => s.id);
    for (const excluded of [otherPatients, refused, later, current]) {
      expect(ids).not.toContain(excluded);
    }
  });

  it('shows only what the caller may see', async () => {
    // The reading centre reads county A only: B's ECG of the same patient stays hidden.
    expect((await prior(centreReader, current)).body.items.map((s) => s.id)).toEqual([signedInA]);
    // The county sees its own uploads.
    expect((await prior(techA, current)).body.items.map((s) => s.id)).toEqual([signedInA]);
    // Another county and another hub cannot see the study at all.
    const stranger = await strangerReader.get(`/api/ecg/studies/${current}/prior`);
    const missing = await strangerReader.get(`/api/ecg/studies/${randomUUID()}/prior`);
    expect(stranger.statusCode).toBe(404);
    expect(stranger.body).toBe(missing.body);
    expect((await techB.get(`/api/ecg/studies/${current}/prior`)).statusCode).toBe(404);
  });

  it('is audited as a read of the patient', async () => {
    await prior(hubReader, current);
    const rows = await t.database.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'patient.read'), eq(auditEvents.patientId, patientId)));
    expect(rows.map((r) => r.details)).toContainEqual({
      via: 'ecg-prior',
      studyId: current,
      priorIds: [inB, signedInA],
    });
  });

  it('is empty while the study has no registered patient', async () => {
    const unmatched = await study(countyA, 0.1, null);
    const { status, body } = await prior(hubReader, unmatched);
    expect(status).toBe(200);
    expect(body).toEqual({ patient: null, items: [] });
  });
});
