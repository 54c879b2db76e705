import type { Alert, Coverage, OnDuty, Shift, StudySummary, WorklistDuty } from '@gesang/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, ecgStudies, ecgStudyEvents, rosterShifts } from '../db/schema/index.js';
import { manualClock } from '../escalation/clock.js';
import { createAnalysedStudy, createEcgTestApp, type EcgTestApp } from '../../test/ecg-helpers.js';
import { createOrg, createUser, signIn } from '../../test/fixtures.js';
import { addShifts, createRosterWorld, type RosterWorld } from './test-roster-world.js';

// Monday 2025-03-03, 09:00 in Asia/Shanghai (UTC+8): the day readers' shift.
const clock = manualClock(new Date('2025-03-03T01:00:00Z'));
const day = { startMinute: 8 * 60, endMinute: 20 * 60 };
const night = { startMinute: 20 * 60, endMinute: 8 * 60 };
const allDay = { startMinute: 0, endMinute: 1440 };

let t: EcgTestApp;
let w: RosterWorld;

beforeAll(async () => {
  t = await createEcgTestApp({ clock });
  const db = t.database.db;
  w = await createRosterWorld(t.app, db);
  await addShifts(db, { orgId: w.hub, userId: w.hubReader.id, role: 'primary', ...day });
  await addShifts(db, { orgId: w.hub, userId: w.nightReader.id, role: 'primary', ...night });
  await addShifts(db, { orgId: w.hub, userId: w.backup.id, role: 'backup', ...allDay });
  await addShifts(db, {
    orgId: w.hub,
    userId: w.cardiologist.id,
    role: 'backup',
    onCallCardiologist: true,
    ...allDay,
  });
  await addShifts(db, { orgId: w.centre, userId: w.centreReader.id, role: 'primary', ...allDay });
  await addShifts(db, {
    orgId: w.centre,
    userId: w.coordinator.id,
    role: 'coordinator',
    ...allDay,
  });
});
afterAll(async () => {
  await t.close();
});

describe('shifts', () => {
  it('are managed by the organisation’s administrators only, for fitting people', async () => {
    const admin = w.hubAdmin.client;
    const body = {
      orgId: w.hub,
      userId: w.hubReader.id,
      role: 'primary',
      date: '2025-03-08',
      startTime: '06:00',
      endTime: '24:00',
    };
    const created = await admin.post('/api/ecg/roster/shifts', body);
    expect(created.statusCode).toBe(201);
    const shift = created.json<Shift>();
    expect(shift).toMatchObject({
      orgId: w.hub,
      user: { id: w.hubReader.id },
      role: 'primary',
      onCallCardiologist: false,
      weekday: null,
      date: '2025-03-08',
      startTime: '06:00',
      endTime: '24:00',
    });
    expect(
      (await admin.post('/api/ecg/roster/shifts', { ...body, orgId: w.centre })).statusCode,
    ).toBe(403);
    expect((await w.hubReader.client.post('/api/ecg/roster/shifts', body)).statusCode).toBe(403);
    const both = await admin.post('/api/ecg/roster/shifts', { ...body, weekday: 2 });
    expect(both.statusCode).toBe(400);
    const notReader = await admin.post('/api/ecg/roster/shifts', { ...body, userId: w.tech.id });
    expect(notReader.json<{ field: string }>().field).toBe('body.userId');
    const adminAsPrimary = await admin.post('/api/ecg/roster/shifts', {
      ...body,
      userId: w.hubAdmin.id,
    });
    expect(adminAsPrimary.statusCode).toBe(400);
    const coordinating = await admin.post('/api/ecg/roster/shifts', {
      ...body,
      userId: w.hubAdmin.id,
      role: 'coordinator',
    });
    expect(coordinating.statusCode).toBe(201);

    const moved = await admin.patch(`/api/ecg/roster/shifts/${shift.id}`, { startTime: '07:30' });
    expect(moved.json<Shift>()).toMatchObject({ startTime: '07:30', endTime: '24:00' });
    const clash = await admin.patch(`/api/ecg/roster/shifts/${shift.id}`, { weekday: 6 });
    expect(clash.statusCode).toBe(400);
    const weekly = await admin.patch(`/api/ecg/roster/shifts/${shift.id}`, {
      weekday: 6,
      date: null,
    });
    expect(weekly.json<Shift>()).toMatchObject({ weekday: 6, date: null });

    const listed = await w.nightReader.client.get(`/api/ecg/roster/shifts?orgId=${w.hub}`);
    expect(listed.json<{ items: Shift[] }>().items.map((s) => s.id)).toContain(shift.id);
    expect(
      (await w.centreReader.client.get(`/api/ecg/roster/shifts?orgId=${w.hub}`)).statusCode,
    ).toBe(403);

    for (const id of [shift.id, coordinating.json<Shift>().id]) {
      expect((await admin.delete(`/api/ecg/roster/shifts/${id}`)).statusCode).toBe(200);
    }
    const after = await admin.get(`/api/ecg/roster/shifts?orgId=${w.hub}`);
    expect(after.json<{ items: Shift[] }>().items.map((s) => s.id)).not.toContain(shift.id);
    const audited = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.resourceId, shift.id));
    expect(audited.map((a) => a.action).sort()).toEqual([
      'roster.shift.create',
      'roster.shift.delete',
      'roster.shift.update',
      'roster.shift.update',
    ]);
  });
});

describe('who is on duty', () => {
  const hubPeople = (body: OnDuty) =>
    body.items.find((i) => i.orgId === w.hub)?.people.map((p) => [p.user.id, p.role, p.endsAt]);

  it('follows the clock: the day reader at 09:00, the night reader at 21:30 and 07:59', async () => {
    const now = (await w.hubReader.client.get('/api/ecg/roster/on-duty')).json<OnDuty>();
    expect(now.at).toBe('2025-03-03T01:00:00.000Z');
    expect(now.timeZone).toBe('Asia/Shanghai');
    expect(hubPeople(now)).toEqual(
      expect.arrayContaining([
        [w.hubReader.id, 'primary', '2025-03-03T12:00:00.000Z'],
        [w.backup.id, 'backup', '2025-03-03T16:00:00.000Z'],
        [w.cardiologist.id, 'backup', '2025-03-03T16:00:00.000Z'],
      ]),
    );
    expect(hubPeople(now)).toHaveLength(3);
    const evening = (
      await w.hubReader.client.get('/api/ecg/roster/on-duty?at=2025-03-03T21:30:00%2B08:00')
    ).json<OnDuty>();
    expect(hubPeople(evening)?.filter((p) => p[1] === 'primary')).toEqual([
      [w.nightReader.id, 'primary', '2025-03-04T00:00:00.000Z'],
    ]);
    const dawn = (
      await w.hubReader.client.get('/api/ecg/roster/on-duty?at=2025-03-03T23:59:00Z')
    ).json<OnDuty>();
    expect(hubPeople(dawn)?.find((p) => p[1] === 'primary')?.[0]).toBe(w.nightReader.id);
  });

  it('shows a county desk who reads its ECGs, and nothing of unrelated organisations', async () => {
    const desk = (await w.tech.client.get('/api/ecg/roster/on-duty')).json<OnDuty>();
    expect(desk.items.map((i) => [i.orgId, i.tier]).sort()).toEqual(
      [
        [w.hub, 'hub'],
        [w.centre, 'reading_centre'],
      ].sort(),
    );
    const centre = desk.items.find((i) => i.orgId === w.centre);
    expect(centre?.people.map((p) => [p.user.id, p.role]).sort()).toEqual(
      [
        [w.centreReader.id, 'primary'],
        [w.coordinator.id, 'coordinator'],
      ].sort(),
    );
    const elsewhere = await createOrg(t.database.db, { kind: 'prefecture' });
    const refused = await w.tech.client.get(`/api/ecg/roster/on-duty?orgId=${elsewhere.id}`);
    expect(refused.statusCode).toBe(403);
  });
});

describe('coverage', () => {
  it('finds no gap in a full week, then flags the hours of a missing night', async () => {
    const url = `/api/ecg/roster/coverage?week=2025-03-05`;
    const full = (await w.tech.client.get(url)).json<Coverage>();
    expect(full.weekStart).toBe('2025-03-03');
    const hub = full.targets.find((x) => x.orgId === w.hub);
    const centre = full.targets.find((x) => x.orgId === w.centre);
    expect(hub).toMatchObject({ tier: 'hub', gaps: [], onCallGaps: [], uncoveredHours: 0 });
    expect(centre).toMatchObject({ tier: 'reading_centre', gaps: [], coordinatorGaps: [] });
    expect(hub?.sourceOrgIds).toEqual([w.county]);

    // Build a gap: the hub loses Wednesday's night reader, and its backups on Wednesday and
    // Thursday (who would otherwise cover the night).
    const db = t.database.db;
    const [wednesdayNight] = await db
      .delete(rosterShifts)
      .where(and(eq(rosterShifts.userId, w.nightReader.id), eq(rosterShifts.weekday, 3)))
      .returning();
    const backupsWednesday = await db
      .delete(rosterShifts)
      .where(
        and(
          eq(rosterShifts.orgId, w.hub),
          eq(rosterShifts.role, 'backup'),
          inArray(rosterShifts.weekday, [3, 4]),
        ),
      )
      .returning();
    try {
      const gapped = (await w.hubAdmin.client.get(`${url}&orgId=${w.hub}`)).json<Coverage>();
      const target = gapped.targets[0];
      expect(gapped.targets).toHaveLength(1);
      expect(target?.gaps.map((g) => `${g.date} ${g.hour}`)).toEqual([
        ...[20, 21, 22, 23].map((h) => `2025-03-05 ${h}`),
        ...[0, 1, 2, 3, 4, 5, 6, 7].map((h) => `2025-03-06 ${h}`),
      ]);
      expect(target?.uncoveredHours).toBe(12);
      // No on-call cardiologist on Wednesday and Thursday at all (Tuesday's shift ends at midnight).
      expect(target?.onCallGaps).toHaveLength(48);
      expect(target?.onCallGaps.every((g) => g.weekday === 3 || g.weekday === 4)).toBe(true);
    } finally {
      await db
        .insert(rosterShifts)
        .values([wednesdayNight, ...backupsWednesday].flatMap((s) => (s === undefined ? [] : [s])));
    }
  });
});

describe('the worklist says whether the reader is on duty', () => {
  const dutyOf = async (client: RosterWorld['hubReader']['client']) =>
    (await client.get('/api/ecg/worklist')).json<{
      items: StudySummary[];
      onDuty: boolean;
      duty: WorklistDuty;
    }>();

  it('on duty, off duty (still seeing the list), and untracked where no roster is kept', async () => {
    const id = await createAnalysedStudy(t.database.db, {
      orgId: w.county,
      uploadedBy: w.tech.id,
      level: 'urgent',
    });
    const on = await dutyOf(w.hubReader.client);
    expect(on.onDuty).toBe(true);
    expect(on.duty).toEqual({
      onDuty: true,
      rosterKept: true,
      role: 'primary',
      onCallCardiologist: false,
      shiftEndsAt: '2025-03-03T12:00:00.000Z',
    });
    const off = await dutyOf(w.nightReader.client);
    expect(off).toMatchObject({ onDuty: false, duty: { rosterKept: true, role: null } });
    expect(off.items.map((s) => s.id)).toContain(id);
    const cardiologist = await dutyOf(w.cardiologist.client);
    expect(cardiologist.duty).toMatchObject({ role: 'backup', onCallCardiologist: true });
    const loneOrg = await createOrg(t.database.db, { kind: 'prefecture' });
    const lone = await createUser(t.database.db, [[loneOrg.id, 'ecg_reader']]);
    const untracked = await dutyOf(await signIn(t.app, lone.username));
    expect(untracked).toMatchObject({ onDuty: true, duty: { rosterKept: false } });
  });
});

describe('hand-over', () => {
  it('passes a claimed study to an on-duty reader, atomically, with event, alert and audit', async () => {
    const db = t.database.db;
    const id = await createAnalysedStudy(db, {
      orgId: w.county,
      uploadedBy: w.tech.id,
      level: 'critical',
    });
    const holder = w.hubReader.client;
    expect((await holder.post(`/api/ecg/studies/${id}/claim`)).statusCode).toBe(200);
    const url = `/api/ecg/studies/${id}/handover`;
    const offDuty = await holder.post(url, { toUserId: w.nightReader.id });
    expect(offDuty.statusCode).toBe(409);
    expect(offDuty.json<{ message: string }>().message).toMatch(/not on duty/);
    expect((await holder.post(url, { toUserId: w.tech.id })).statusCode).toBe(400);
    expect((await holder.post(url, { toUserId: w.hubReader.id })).statusCode).toBe(400);
    expect((await w.backup.client.post(url, { toUserId: w.centreReader.id })).statusCode).toBe(409);
    const [before] = await db.select().from(ecgStudies).where(eq(ecgStudies.id, id));

    const moved = await holder.post(url, { toUserId: w.centreReader.id });
    expect(moved.statusCode).toBe(200);
    const study = moved.json<StudySummary>();
    expect(study.status).toBe('claimed');
    expect(study.claimedBy?.id).toBe(w.centreReader.id);
    expect(study.claimedAt).toBe(before?.claimedAt?.toISOString());
    expect((await holder.post(url, { toUserId: w.backup.id })).statusCode).toBe(409);

    const [event] = await db
      .select()
      .from(ecgStudyEvents)
      .where(and(eq(ecgStudyEvents.studyId, id), eq(ecgStudyEvents.kind, 'claimed')))
      .orderBy(desc(ecgStudyEvents.id))
      .limit(1);
    expect(event?.payload).toMatchObject({
      claimedBy: { id: w.centreReader.id },
      handedOverBy: { id: w.hubReader.id },
    });
    const alerts = (await w.centreReader.client.get('/api/ecg/alerts')).json<{ items: Alert[] }>();
    // (On a shared database another test's runner, its clock far ahead, may escalate this study too.)
    const alert = alerts.items.find((a) => a.studyId === id && a.reason === 'handover');
    expect(alert).toMatchObject({
      reason: 'handover',
      recipientRole: 'holder',
      triageLevel: 'critical',
      claimedBy: { id: w.centreReader.id },
      createdAt: '2025-03-03T01:00:00.000Z',
    });
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, id), eq(auditEvents.action, 'ecg.study.handover')));
    expect(audit?.details).toEqual({ fromUserId: w.hubReader.id, toUserId: w.centreReader.id });

    const ack = await w.centreReader.client.post(`/api/ecg/alerts/${alert?.id ?? ''}/acknowledge`);
    expect(ack.statusCode).toBe(200);
    const open = (await w.centreReader.client.get('/api/ecg/alerts')).json<{ items: Alert[] }>();
    expect(open.items.some((a) => a.id === alert?.id)).toBe(false);
    expect((await w.centreReader.client.post(`/api/ecg/studies/${id}/release`)).statusCode).toBe(
      200,
    );
  });
});
