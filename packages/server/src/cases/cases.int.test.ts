import type { CaseDetail, CaseSummary } from '@gesang/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, caseEventHistory, cases } from '../db/schema/index.js';
import { createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let hubId: string;
let coordinator: Client;
let hubReader: Client;
let otherCoordinator: Client;
let countyDoctor: Client;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const region = await createOrg(db, { kind: 'region' });
  hubId = (await createOrg(db, { kind: 'prefecture', parentId: region.id })).id;
  const otherHub = await createOrg(db, { kind: 'prefecture', parentId: region.id });
  const county = await createOrg(db, { kind: 'county', parentId: hubId });
  const sign = async (
    orgId: string,
    role: 'chest_pain_coordinator' | 'ecg_reader' | 'county_doctor',
  ) => signIn(t.app, (await createUser(db, [[orgId, role]])).username);
  coordinator = await sign(hubId, 'chest_pain_coordinator');
  hubReader = await sign(hubId, 'ecg_reader');
  otherCoordinator = await sign(otherHub.id, 'chest_pain_coordinator');
  countyDoctor = await sign(county.id, 'county_doctor');
});
afterAll(async () => {
  await t.close();
});

async function openCase(body: Record<string, unknown>): Promise<CaseDetail> {
  const response = await coordinator.post('/api/cases', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CaseDetail>();
}

describe('opening a case and recording its events', () => {
  it('records events with their source and keeps every change in the history', async () => {
    const opened = await openCase({
      centre: 'chest_pain',
      openedHow: 'ambulance',
      events: [{ event: 'first_medical_contact', at: '2026-03-01T08:00:00+08:00' }],
    });
    expect(opened).toMatchObject({
      orgId: hubId,
      status: 'open',
      demo: false,
      openedHow: 'ambulance',
    });
    // Opened by ambulance: the arrival mode follows when none is given.
    expect(opened.attributes).toEqual({ arrivalMode: 'ambulance_120' });
    expect(opened.events).toEqual({ first_medical_contact: '2026-03-01T00:00:00.000Z' });

    const url = `/api/cases/${opened.id}/events`;
    const door = await coordinator.post(url, { event: 'door', at: '2026-03-01T00:40:00Z' });
    expect(door.statusCode, door.body).toBe(201);
    const ecg = await coordinator.post(url, {
      event: 'first_ecg',
      at: '2026-03-01T00:07:00Z',
      source: 'device',
    });
    expect(ecg.statusCode, ecg.body).toBe(201);
    // The same event twice is a conflict: a time is changed by correcting it.
    const again = await coordinator.post(url, { event: 'door' });
    expect(again.statusCode).toBe(409);

    const corrected = await coordinator.patch(`${url}/door`, {
      at: '2026-03-01T00:35:00Z',
      reason: 'gate log read back',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const removed = await coordinator.request('DELETE', `${url}/first_ecg`, {
      reason: 'wrong patient',
    });
    expect(removed.statusCode, removed.body).toBe(200);

    const detail = (await coordinator.get(`/api/cases/${opened.id}`)).json<CaseDetail>();
    expect(detail.events).toEqual({
      first_medical_contact: '2026-03-01T00:00:00.000Z',
      door: '2026-03-01T00:35:00.000Z',
    });
    expect(detail.timeline.find((e) => e.event === 'door')?.source).toBe('manual');
    expect(
      detail.history.map((h) => [h.event, h.action, h.oldAt, h.newAt, h.source, h.reason]),
    ).toEqual([
      ['first_medical_contact', 'recorded', null, '2026-03-01T00:00:00.000Z', 'manual', null],
      ['door', 'recorded', null, '2026-03-01T00:40:00.000Z', 'manual', null],
      ['first_ecg', 'recorded', null, '2026-03-01T00:07:00.000Z', 'device', null],
      [
        'door',
        'corrected',
        '2026-03-01T00:40:00.000Z',
        '2026-03-01T00:35:00.000Z',
        'manual',
        'gate log read back',
      ],
      ['first_ecg', 'removed', '2026-03-01T00:07:00.000Z', null, 'manual', 'wrong patient'],
    ]);
    expect(detail.history.every((h) => h.changedBy !== null)).toBe(true);
    // The history itself can be neither changed nor deleted.
    const db = t.database.db;
    const own = eq(caseEventHistory.caseId, opened.id);
    await expect(db.update(caseEventHistory).set({ reason: 'x' }).where(own)).rejects.toThrow();
    await expect(db.delete(caseEventHistory).where(own)).rejects.toThrow();
  });

  it('records "now" on one tap and refuses unknown events and future times, naming the field', async () => {
    const opened = await openCase({ centre: 'stroke', openedHow: 'walk_in' });
    const before = Date.now();
    const tap = await coordinator.post(`/api/cases/${opened.id}/events`, { event: 'door' });
    expect(tap.statusCode, tap.body).toBe(201);
    const doorMs = Date.parse(tap.json<CaseDetail>().events.door ?? '');
    expect(doorMs).toBeGreaterThanOrEqual(before - 1000);
    expect(doorMs).toBeLessThanOrEqual(Date.now() + 1000);

    const wrong = await coordinator.post(`/api/cases/${opened.id}/events`, {
      event: 'wire_crossing',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ field: 'body.event' });
    const future = new Date(Date.now() + 60 * 60_000).toISOString();
    const late = await coordinator.post(`/api/cases/${opened.id}/events`, {
      event: 'ct_start',
      at: future,
    });
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({ field: 'body.at' });
    const badAttr = await coordinator.patch(`/api/cases/${opened.id}/attributes`, {
      set: { diagnosis: 'flu' },
    });
    expect(badAttr.statusCode).toBe(400);
  });

  it('flags events out of order for review and keeps them', async () => {
    const opened = await openCase({
      centre: 'chest_pain',
      openedHow: 'walk_in',
      events: [
        { event: 'door', at: '2026-03-02T10:00:00Z' },
        { event: 'wire_crossing', at: '2026-03-02T09:50:00Z' },
      ],
    });
    expect(opened.events).toEqual({
      door: '2026-03-02T10:00:00.000Z',
      wire_crossing: '2026-03-02T09:50:00.000Z',
    });
    expect(opened.flags).toContainEqual(
      expect.objectContaining({
        code: 'order_violation',
        events: ['door', 'wire_crossing'],
        minutes: 10,
      }),
    );
  });
});

describe('the live board and organisation scope', () => {
  it('lists open cases with running clocks, real and demo apart, and closes a case', async () => {
    const opened = await openCase({
      centre: 'chest_pain',
      openedHow: 'walk_in',
      events: [{ event: 'door', at: '2026-03-03T02:00:00Z' }],
    });
    const demo = await openCase({ centre: 'chest_pain', openedHow: 'walk_in' });
    await t.database.db.update(cases).set({ demo: true }).where(eq(cases.id, demo.id));

    const board = (await hubReader.get('/api/cases?status=open&centre=chest_pain')).json<{
      items: CaseSummary[];
    }>().items;
    const item = board.find((c) => c.id === opened.id);
    expect(item?.clocks.find((c) => c.metricId === 'cp.d2w')).toEqual({
      metricId: 'cp.d2w',
      startEvent: 'door',
      endEvent: 'wire_crossing',
      startAt: '2026-03-03T02:00:00.000Z',
      endAt: null,
      targetMin: 90,
    });
    expect(board.some((c) => c.id === demo.id)).toBe(false);
    const demoList = (await hubReader.get('/api/cases?demo=true')).json<{ items: CaseSummary[] }>();
    expect(demoList.items.map((c) => [c.id, c.demo])).toEqual([[demo.id, true]]);

    // A reader may read, not write.
    expect((await hubReader.post(`/api/cases/${opened.id}/close`)).statusCode).toBe(403);
    const closed = await coordinator.post(`/api/cases/${opened.id}/close`);
    expect(closed.json<CaseDetail>()).toMatchObject({ status: 'closed' });
    expect((await coordinator.post(`/api/cases/${opened.id}/close`)).statusCode).toBe(409);
    const open = (await coordinator.get('/api/cases?status=open')).json<{ items: CaseSummary[] }>();
    expect(open.items.some((c) => c.id === opened.id)).toBe(false);
    // Open cases come first, oldest first; the closed one last.
    const all = (await coordinator.get('/api/cases')).json<{ items: CaseSummary[] }>().items;
    expect(all.at(-1)?.id).toBe(opened.id);
    const openedAts = all.slice(0, -1).map((c) => c.openedAt);
    expect(openedAts).toEqual([...openedAts].sort());
  });

  it('hides a hub’s case from another hub and from its counties; no session is 401', async () => {
    const opened = await openCase({ centre: 'trauma', openedHow: 'manual' });
    expect((await otherCoordinator.get(`/api/cases/${opened.id}`)).statusCode).toBe(404);
    expect(
      (await otherCoordinator.post(`/api/cases/${opened.id}/events`, { event: 'door' })).statusCode,
    ).toBe(404);
    expect((await countyDoctor.get(`/api/cases/${opened.id}`)).statusCode).toBe(404);
    const theirs = (await otherCoordinator.get('/api/cases')).json<{ items: CaseSummary[] }>();
    expect(theirs.items.some((c) => c.id === opened.id)).toBe(false);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/cases/${opened.id}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('audits each read and write of a case', async () => {
    const opened = await openCase({ centre: 'chest_pain', openedHow: 'manual' });
    await coordinator.get(`/api/cases/${opened.id}`);
    const rows = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceType, 'case'), eq(auditEvents.resourceId, opened.id)));
    expect(rows.map((r) => r.action).sort()).toEqual(['case.open', 'case.read']);
  });
});
