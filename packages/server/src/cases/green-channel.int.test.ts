import type { Alert, CaseAcknowledgement, CaseDetail, CaseSummary, Study } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, ecgStudies } from '../db/schema/index.js';
import { createAnalysedStudy, createEcgTestApp, type EcgTestApp } from '../../test/ecg-helpers.js';
import { createGrant, createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';
import { openEventStream, type EventStreamClient } from '../../test/sse-client.js';

let t: EcgTestApp;
let base: string;
let hubId: string;
let countyId: string;
let techId: string;
let tech: Client;
let reader: Client;
let coordinators: { id: string; client: Client }[];
let otherCoordinator: Client;
const streams: EventStreamClient[] = [];

beforeAll(async () => {
  t = await createEcgTestApp();
  const db = t.database.db;
  const region = await createOrg(db, { kind: 'region' });
  hubId = (await createOrg(db, { kind: 'prefecture', parentId: region.id })).id;
  const otherHub = await createOrg(db, { kind: 'prefecture', parentId: region.id });
  countyId = (await createOrg(db, { kind: 'county', parentId: hubId })).id;
  await createGrant(db, countyId, hubId, 'ecg');
  const techUser = await createUser(db, [[countyId, 'ecg_technician']]);
  techId = techUser.id;
  tech = await signIn(t.app, techUser.username);
  reader = await signIn(t.app, (await createUser(db, [[hubId, 'ecg_reader']])).username);
  coordinators = [];
  for (let i = 0; i < 2; i++) {
    const user = await createUser(db, [[hubId, 'chest_pain_coordinator']]);
    coordinators.push({ id: user.id, client: await signIn(t.app, user.username) });
  }
  const other = await createUser(db, [[otherHub.id, 'chest_pain_coordinator']]);
  otherCoordinator = await signIn(t.app, other.username);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});
afterAll(async () => {
  streams.forEach((s) => s.close());
  await t.close();
});

const coordinator = (i = 0): Client => {
  const entry = coordinators[i];
  if (entry === undefined) {
    throw new Error(`no coordinator ${i}`);
  }
  return entry.client;
};

/** A critical study from the county, its cart clock at 08:15:30 Beijing time on 1 March 2026. */
async function countyStudy(): Promise<string> {
  const db = t.database.db;
  const id = await createAnalysedStudy(db, {
    orgId: countyId,
    uploadedBy: techId,
    level: 'critical',
  });
  const [row] = await db
    .select({ record: ecgStudies.record })
    .from(ecgStudies)
    .where(eq(ecgStudies.id, id));
  if (row?.record == null) {
    throw new Error('analysed study without record');
  }
  const record = { ...row.record, acquisitionTime: { date: '2026-03-01', time: '08:15:30' } };
  await db.update(ecgStudies).set({ record }).where(eq(ecgStudies.id, id));
  return id;
}

async function sign(studyId: string, codes: string[]): Promise<Study> {
  expect((await reader.post(`/api/ecg/studies/${studyId}/claim`)).statusCode).toBe(200);
  const response = await reader.post(`/api/ecg/studies/${studyId}/sign`, {
    statements: codes.map((code) => ({ code })),
    conclusion: codes.join(', '),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Study>();
}

async function amend(studyId: string, codes: string[]): Promise<Study> {
  const response = await reader.post(`/api/ecg/studies/${studyId}/amend`, {
    statements: codes.map((code) => ({ code })),
    conclusion: codes.join(', '),
    reason: 'second look',
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Study>();
}

async function casesOf(studyId: string): Promise<(typeof cases.$inferSelect)[]> {
  return t.database.db.select().from(cases).where(eq(cases.sourceStudyId, studyId));
}

async function stream(client: Client): Promise<EventStreamClient> {
  const s = await openEventStream(`${base}/api/ecg/events`, client.cookie);
  expect(s.status).toBe(200);
  streams.push(s);
  return s;
}

describe('a signed STEMI opens the green channel at the hub', () => {
  it('opens one chest-pain case with the ECG and diagnosis times, and alerts the coordinators', async () => {
    const live = await stream(coordinator(0));
    const studyId = await countyStudy();
    const signed = await sign(studyId, ['sinus_rhythm', 'stemi']);

    const rows = await casesOf(studyId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      orgId: hubId,
      centre: 'chest_pain',
      openedHow: 'green_channel',
    });
    const listed = (await coordinator(0).get(`/api/cases?studyId=${studyId}`)).json<{
      items: CaseSummary[];
    }>().items;
    expect(listed.map((c) => c.id)).toEqual([rows[0]?.id]);
    const detail = (await coordinator(0).get(`/api/cases/${rows[0]?.id}`)).json<CaseDetail>();
    // 08:15:30 in Asia/Shanghai (UTC+8) is 00:15:30 UTC; the diagnosis is the signature.
    expect(detail.timeline.find((e) => e.event === 'first_ecg')).toMatchObject({
      at: '2026-03-01T00:15:30.000Z',
      source: 'device',
    });
    expect(detail.timeline.find((e) => e.event === 'ecg_diagnosis')).toMatchObject({
      at: new Date(signed.report?.signedAt ?? '').toISOString(),
      source: 'system',
    });
    expect(detail.studies.map((s) => s.id)).toEqual([studyId]);
    expect(signed.greenChannel).toMatchObject({ caseId: detail.id, hubId, acknowledgedAt: null });

    // The coordinators hear of it live and in their alert list; another hub's does not.
    const alert = await live.next((e) => e.event === 'alert' && e.data.studyId === studyId);
    expect((alert.data as unknown as Alert).reason).toBe('green_channel');
    for (const { client } of coordinators) {
      const alerts = (await client.get('/api/ecg/alerts')).json<{ items: Alert[] }>().items;
      expect(alerts.filter((a) => a.studyId === studyId).map((a) => a.reason)).toEqual([
        'green_channel',
      ]);
    }
    const theirs = (await otherCoordinator.get('/api/ecg/alerts')).json<{ items: Alert[] }>().items;
    expect(theirs.some((a) => a.studyId === studyId)).toBe(false);
    // The county reads the case only through its study.
    expect((await tech.get(`/api/cases/${detail.id}`)).statusCode).toBe(404);
  });

  it('opens none for a report without STEMI, and one when an amendment adds it', async () => {
    const studyId = await countyStudy();
    await sign(studyId, ['sinus_rhythm', 'st_elevation']);
    expect(await casesOf(studyId)).toHaveLength(0);
    const amended = await amend(studyId, ['stemi']);
    const rows = await casesOf(studyId);
    expect(rows).toHaveLength(1);
    const detail = (await coordinator(0).get(`/api/cases/${rows[0]?.id}`)).json<CaseDetail>();
    expect(detail.events.ecg_diagnosis).toBe(
      new Date(amended.report?.signedAt ?? '').toISOString(),
    );
    await amend(studyId, ['stemi', 'sinus_tachycardia']);
    expect(await casesOf(studyId)).toHaveLength(1);
  });
});

describe('acknowledging the green channel', () => {
  it('keeps the first acknowledgement and shows it on the county desk live', async () => {
    const desk = await stream(tech);
    const studyId = await countyStudy();
    await sign(studyId, ['stemi']);
    const caseId = (await casesOf(studyId))[0]?.id ?? '';
    const before = (await tech.get(`/api/ecg/studies/${studyId}`)).json<Study>();
    expect(before.greenChannel).toMatchObject({
      caseId,
      hubId,
      acknowledgedAt: null,
      acknowledgedBy: null,
    });

    const first = await coordinator(1).post(`/api/cases/${caseId}/acknowledge`);
    expect(first.statusCode, first.body).toBe(200);
    const ack = first.json<CaseAcknowledgement>();
    expect(ack.acknowledgedBy.id).toBe(coordinators[1]?.id);
    const second = (
      await coordinator(0).post(`/api/cases/${caseId}/acknowledge`)
    ).json<CaseAcknowledgement>();
    expect(second).toEqual(ack);
    expect((await otherCoordinator.post(`/api/cases/${caseId}/acknowledge`)).statusCode).toBe(404);
    expect((await reader.post(`/api/cases/${caseId}/acknowledge`)).statusCode).toBe(403);

    const event = await desk.next(
      (e) =>
        e.event === 'study' &&
        e.data.studyId === studyId &&
        e.data.payload.state === 'acknowledged',
    );
    expect(event.data.kind).toBe('green_channel');
    const after = (await tech.get(`/api/ecg/studies/${studyId}`)).json<Study>();
    expect(after.greenChannel).toMatchObject({
      caseId,
      acknowledgedAt: ack.acknowledgedAt,
      acknowledgedBy: { id: coordinators[1]?.id },
    });
    // Every coordinator's alert is closed by the team's acknowledgement.
    for (const { client } of coordinators) {
      const open = (await client.get('/api/ecg/alerts')).json<{ items: Alert[] }>().items;
      expect(open.some((a) => a.studyId === studyId)).toBe(false);
    }
  });
});
