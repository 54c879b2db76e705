import { randomUUID } from 'node:crypto';
import type { ReportVersion, Study, StudySummary } from '@gesang/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, ecgStudyEvents } from '../db/schema/index.js';
import { createAnalysedStudy, createEcgTestApp, type EcgTestApp } from '../../test/ecg-helpers.js';
import { createGrant, createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';

let t: EcgTestApp;
let countyA: string;
let countyB: string;
let countyC: string;
let techAId: string;
let techA: Client;
let techC: Client;
let hubReaders: { id: string; client: Client }[];
let centreReader: Client;
let strangerReader: Client;

const minutesAgo = (m: number): Date => new Date(Date.now() - m * 60_000);

beforeAll(async () => {
  t = await createEcgTestApp();
  const db = t.database.db;
  const region = await createOrg(db, { kind: 'region' });
  const hub = await createOrg(db, { kind: 'prefecture', parentId: region.id });
  const otherHub = await createOrg(db, { kind: 'prefecture', parentId: region.id });
  const centre = await createOrg(db, { kind: 'reading_centre', parentId: region.id });
  countyA = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  countyB = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  countyC = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  // A and B route their ECGs to the hub; only A also to the reading centre; C shares nothing.
  await createGrant(db, countyA, hub.id, 'ecg');
  await createGrant(db, countyB, hub.id, 'ecg');
  await createGrant(db, countyA, centre.id, 'ecg');
  await createGrant(db, countyC, hub.id, 'patients');
  const techAUser = await createUser(db, [[countyA, 'ecg_technician']]);
  techAId = techAUser.id;
  techA = await signIn(t.app, techAUser.username);
  techC = await signIn(t.app, (await createUser(db, [[countyC, 'ecg_technician']])).username);
  hubReaders = [];
  for (let i = 0; i < 10; i++) {
    const user = await createUser(db, [[hub.id, 'ecg_reader']]);
    hubReaders.push({ id: user.id, client: await signIn(t.app, user.username) });
  }
  centreReader = await signIn(t.app, (await createUser(db, [[centre.id, 'ecg_reader']])).username);
  strangerReader = await signIn(
    t.app,
    (await createUser(db, [[otherHub.id, 'ecg_reader']])).username,
  );
});
afterAll(async () => {
  await t.close();
});

const reader = (i = 0): Client => {
  const entry = hubReaders[i];
  if (entry === undefined) {
    throw new Error(`no reader ${i}`);
  }
  return entry.client;
};

async function worklistIds(client: Client): Promise<string[]> {
  const response = await client.get('/api/ecg/worklist');
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: StudySummary[] }>().items.map((s) => s.id);
}

describe('the readers’ worklist', () => {
  it('orders by triage level, then the longest wait, and shows only shared counties', async () => {
    const db = t.database.db;
    const make = (orgId: string, level: 'critical' | 'urgent' | 'routine', ago: number) =>
      createAnalysedStudy(db, { orgId, uploadedBy: techAId, level, receivedAt: minutesAgo(ago) });
    const routineOld = await make(countyA, 'routine', 50);
    const urgentNew = await make(countyB, 'urgent', 3);
    const criticalNew = await make(countyA, 'critical', 1);
    const urgentOld = await make(countyA, 'urgent', 20);
    const criticalOld = await make(countyB, 'critical', 5);
    const hidden = await make(countyC, 'critical', 30);
    const notAnalysed = await createAnalysedStudy(db, {
      orgId: countyA,
      uploadedBy: techAId,
      level: 'critical',
      status: 'received',
    });

    expect(await worklistIds(reader())).toEqual([
      criticalOld,
      criticalNew,
      urgentOld,
      urgentNew,
      routineOld,
    ]);
    // The reading centre has A's grant only; a reader elsewhere sees none of it.
    expect(await worklistIds(centreReader)).toEqual([criticalNew, urgentOld, routineOld]);
    expect(await worklistIds(strangerReader)).toEqual([]);
    expect(await worklistIds(reader())).not.toContain(hidden);
    expect(await worklistIds(reader())).not.toContain(notAnalysed);

    const item = (await reader().get('/api/ecg/worklist')).json<{ items: StudySummary[] }>()
      .items[0];
    expect(item?.triage?.level).toBe('critical');
    // Critical: due 10 minutes after receipt.
    expect(Date.parse(item?.slaDueAt ?? '') - Date.parse(item?.receivedAt ?? '')).toBe(600_000);
  });

  it('is for readers only: a technician gets 403', async () => {
    expect((await techA.get('/api/ecg/worklist')).statusCode).toBe(403);
  });
});

describe('who may see a study', () => {
  it('lets the county and the organisations it shares ECGs with see it, nobody else', async () => {
    const db = t.database.db;
    const inA = await createAnalysedStudy(db, {
      orgId: countyA,
      uploadedBy: techAId,
      level: 'urgent',
    });
    const inB = await createAnalysedStudy(db, {
      orgId: countyB,
      uploadedBy: techAId,
      level: 'urgent',
    });
    expect((await techA.get(`/api/ecg/studies/${inA}`)).statusCode).toBe(200);
    expect((await reader().get(`/api/ecg/studies/${inA}`)).statusCode).toBe(200);
    expect((await reader().get(`/api/ecg/studies/${inB}`)).statusCode).toBe(200);
    expect((await centreReader.get(`/api/ecg/studies/${inA}`)).statusCode).toBe(200);
    expect((await centreReader.get(`/api/ecg/studies/${inB}`)).statusCode).toBe(404);
    expect((await techC.get(`/api/ecg/studies/${inA}`)).statusCode).toBe(404);
    const hidden = await strangerReader.get(`/api/ecg/studies/${inA}`);
    const missing = await strangerReader.get(`/api/ecg/studies/${randomUUID()}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
    // A stranger cannot claim what it cannot see, and cannot tell it exists.
    expect((await strangerReader.post(`/api/ecg/studies/${inA}/claim`)).statusCode).toBe(404);

    const reads = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, inA), eq(auditEvents.action, 'ecg.study.read')));
    expect(reads.length).toBe(3);
  });

  it('lists the county desk’s own studies, newest first, filtered by status', async () => {
    const db = t.database.db;
    const older = await createAnalysedStudy(db, {
      orgId: countyC,
      uploadedBy: techAId,
      level: 'routine',
      receivedAt: minutesAgo(10),
    });
    const newer = await createAnalysedStudy(db, {
      orgId: countyC,
      uploadedBy: techAId,
      level: 'routine',
      status: 'received',
    });
    const all = (await techC.get('/api/ecg/studies')).json<{
      items: StudySummary[];
      total: number;
    }>();
    expect(all.items.map((s) => s.id)).toEqual([
      newer,
      older,
      ...all.items.slice(2).map((s) => s.id),
    ]);
    const received = (await techC.get('/api/ecg/studies?status=received')).json<{
      items: StudySummary[];
    }>();
    expect(received.items.map((s) => s.id)).toEqual([newer]);
    const page = (await techC.get('/api/ecg/studies?limit=1&offset=1')).json<{
      items: StudySummary[];
      total: number;
    }>();
    expect(page.items.map((s) => s.id)).toEqual([older]);
    expect(page.total).toBe(all.total);
  });
});

describe('claim, release, sign, amend', () => {
  it('lets exactly one of ten concurrent claims win; the others learn who holds it', async () => {
    const id = await createAnalysedStudy(t.database.db, {
      orgId: countyA,
      uploadedBy: techAId,
      level: 'critical',
    });
    const responses = await Promise.all(
      hubReaders.map(({ client }) => client.post(`/api/ecg/studies/${id}/claim`)),
    );
    const winners = responses.filter((r) => r.statusCode === 200);
    const losers = responses.filter((r) => r.statusCode === 409);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(9);
    const winner = winners[0]?.json<StudySummary>();
    expect(winner?.status).toBe('claimed');
    for (const loser of losers) {
      expect(loser.json()).toMatchObject({
        code: 'conflict',
        details: { claimedBy: { id: winner?.claimedBy?.id } },
      });
    }
    const claimEvents = await t.database.db
      .select({ kind: ecgStudyEvents.kind })
      .from(ecgStudyEvents)
      .where(and(eq(ecgStudyEvents.studyId, id), eq(ecgStudyEvents.kind, 'claimed')));
    expect(claimEvents).toHaveLength(1);
  });

  it('signs version 1 by the claimer only, then amends with a reason keeping every version', async () => {
    const id = await createAnalysedStudy(t.database.db, {
      orgId: countyA,
      uploadedBy: techAId,
      level: 'critical',
    });
    const [first, second] = [reader(0), reader(1)];
    expect((await first.post(`/api/ecg/studies/${id}/claim`)).statusCode).toBe(200);
    expect((await first.post(`/api/ecg/studies/${id}/claim`)).statusCode).toBe(200);
    expect((await second.post(`/api/ecg/studies/${id}/release`)).statusCode).toBe(409);
    expect((await first.post(`/api/ecg/studies/${id}/release`)).json<StudySummary>().status).toBe(
      'analysed',
    );
    expect((await first.post(`/api/ecg/studies/${id}/claim`)).statusCode).toBe(200);
    expect(await worklistIds(second)).toContain(id);

    const body = {
      statements: [{ code: 'stemi' }, { code: 'free_text', text: 'Inferior leads, call the hub' }],
      conclusion: 'Acute inferior STEMI',
    };
    expect((await second.post(`/api/ecg/studies/${id}/sign`, body)).statusCode).toBe(409);
    const unknown = await first.post(`/api/ecg/studies/${id}/sign`, {
      ...body,
      statements: [{ code: 'no_such_code' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ field: 'body.statements.0.code' });
    const signed = await first.post(`/api/ecg/studies/${id}/sign`, body);
    expect(signed.statusCode, signed.body).toBe(200);
    const study = signed.json<Study>();
    expect(study.status).toBe('signed');
    expect(study.signedBy?.id).toBe(hubReaders[0]?.id);
    expect(study.report).toMatchObject({ version: 1, ...body, amendmentReason: null });
    expect(await worklistIds(second)).not.toContain(id);
    expect((await first.post(`/api/ecg/studies/${id}/sign`, body)).statusCode).toBe(409);

    const noReason = await second.post(`/api/ecg/studies/${id}/amend`, body);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ field: 'body.reason' });
    const amended = await second.post(`/api/ecg/studies/${id}/amend`, {
      statements: [{ code: 'stemi' }],
      conclusion: 'Acute inferoposterior STEMI',
      reason: 'Posterior extension seen on V7–V9',
    });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json<Study>().report).toMatchObject({
      version: 2,
      amendmentReason: 'Posterior extension seen on V7–V9',
    });
    const versions = (await techA.get(`/api/ecg/studies/${id}/reports`)).json<{
      items: ReportVersion[];
    }>().items;
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]).toMatchObject({ ...body, version: 1 });

    const kinds = await t.database.db
      .select({ kind: ecgStudyEvents.kind })
      .from(ecgStudyEvents)
      .where(eq(ecgStudyEvents.studyId, id))
      .orderBy(asc(ecgStudyEvents.id));
    expect(kinds.map((k) => k.kind)).toEqual([
      'analysed',
      'claimed',
      'released',
      'claimed',
      'signed',
      'amended',
    ]);
    const audits = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.resourceId, id),
          inArray(auditEvents.action, ['ecg.report.sign', 'ecg.report.amend']),
        ),
      );
    expect(audits).toHaveLength(2);
  });

  it('refuses to claim a study that is not analysed yet', async () => {
    const id = await createAnalysedStudy(t.database.db, {
      orgId: countyA,
      uploadedBy: techAId,
      level: 'critical',
      status: 'received',
    });
    const response = await reader().post(`/api/ecg/studies/${id}/claim`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ details: { status: 'received' } });
  });
});
