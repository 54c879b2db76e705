import type { EcgStats, SlaFigures, StatementAgreement } from '@gesang/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.js';
import { manualClock } from '../escalation/clock.js';
import { createEcgTestApp, type EcgTestApp } from '../../test/ecg-helpers.js';
import { createGrant, createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';
import { insertStatsStudy, type StatsStudySpec } from './test-stats-studies.js';

// Every expected figure below was worked out by hand from the studies in `beforeAll` (nearest
// rank: the p-th percentile of n sorted values is the one at rank ⌈p·n⌉). The clock stands at
// 2024-03-31 23:58 in Asia/Shanghai, so one critical study received 3 minutes before is pending.
const clock = manualClock(new Date('2024-03-31T15:58:00Z'));
const period = 'from=2024-01-01&to=2024-03-31';

let t: EcgTestApp;
let r1: { id: string; client: Client };
let r2: { id: string; client: Client };
let countyA: string;
let countyB: string;
let techA: Client;
let otherHubReader: Client;
let coordinator: Client;
let orgAdmin: Client;
let specialist: Client;

async function person(orgId: string, role: Parameters<typeof createUser>[1][0][1]) {
  const user = await createUser(t.database.db, [[orgId, role]]);
  return { id: user.id, client: await signIn(t.app, user.username) };
}

beforeAll(async () => {
  t = await createEcgTestApp({ jobsEnabled: false, clock });
  const db = t.database.db;
  const region = await createOrg(db, { kind: 'region' });
  const hub = await createOrg(db, { kind: 'prefecture', parentId: region.id });
  const otherHub = await createOrg(db, { kind: 'prefecture', parentId: region.id });
  countyA = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  countyB = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  const countyC = (await createOrg(db, { kind: 'county', parentId: otherHub.id })).id;
  const countyD = (await createOrg(db, { kind: 'county', parentId: hub.id })).id;
  await createGrant(db, countyA, hub.id, 'ecg');
  await createGrant(db, countyB, hub.id, 'ecg');
  await createGrant(db, countyD, hub.id, 'ecg');
  await createGrant(db, countyC, otherHub.id, 'ecg');
  r1 = await person(hub.id, 'ecg_reader');
  r2 = await person(hub.id, 'ecg_reader');
  techA = (await person(countyA, 'ecg_technician')).client;
  otherHubReader = (await person(otherHub.id, 'ecg_reader')).client;
  coordinator = (await person(hub.id, 'chest_pain_coordinator')).client;
  orgAdmin = (await person(hub.id, 'org_admin')).client;
  specialist = (await person(hub.id, 'consult_specialist')).client;

  const R1 = r1.id;
  const R2 = r2.id;
  const studies: StatsStudySpec[] = [
    // County A. c1: critical, signed at exactly 10:00 (within); two readers' statements agree.
    {
      orgId: countyA,
      level: 'critical',
      receivedAt: '2024-01-10T02:00:00Z',
      claim: { afterS: 60, by: R1 },
      sign: { afterS: 600, by: R1 },
      machine: ['stemi', 'sinus_tachycardia'],
      reports: [['stemi', 'sinus_tachycardia', 'stemi']],
    },
    // c2: critical, signed at 10:01 (late), breach while held; the reader adds PVCs.
    {
      orgId: countyA,
      level: 'critical',
      receivedAt: '2024-01-11T02:00:00Z',
      claim: { afterS: 120, by: R1 },
      sign: { afterS: 601, by: R1 },
      breach: 'claimed_not_signed',
      machine: ['stemi'],
      reports: [['stemi', 'premature_ventricular_complexes']],
    },
    // c3: received 2024-02-01 00:30 in Shanghai (a February study); LBBB removed by amendment.
    {
      orgId: countyA,
      level: 'critical',
      receivedAt: '2024-01-31T16:30:00Z',
      claim: { afterS: 30, by: R2 },
      sign: { afterS: 300, by: R2 },
      machine: ['stemi', 'left_bundle_branch_block'],
      reports: [['stemi', 'left_bundle_branch_block'], ['stemi']],
    },
    // u1, r1: urgent and routine, signed in time.
    {
      orgId: countyA,
      level: 'urgent',
      receivedAt: '2024-01-15T02:00:00Z',
      claim: { afterS: 300, by: R1 },
      sign: { afterS: 1200, by: R1 },
      machine: ['atrial_fibrillation'],
      reports: [['atrial_fibrillation']],
    },
    {
      orgId: countyA,
      level: 'routine',
      receivedAt: '2024-01-20T02:00:00Z',
      claim: { afterS: 1800, by: R2 },
      sign: { afterS: 3600, by: R2 },
      machine: ['sinus_rhythm'],
      reports: [['sinus_rhythm']],
    },
    // r3: 2024-01-01 00:00:00 in Shanghai, the first instant of the period.
    {
      orgId: countyA,
      level: 'routine',
      receivedAt: '2023-12-31T16:00:00Z',
      claim: { afterS: 600, by: R1 },
      sign: { afterS: 1500, by: R1 },
      machine: ['sinus_rhythm'],
      reports: [['sinus_rhythm']],
    },
    // Outside the period (2023-12-31 23:59:59 and 2024-04-01 00:00 in Shanghai), and a refused file.
    {
      orgId: countyA,
      level: 'critical',
      receivedAt: '2023-12-31T15:59:59Z',
      claim: { afterS: 1, by: R1 },
      sign: { afterS: 2, by: R1 },
      machine: ['stemi'],
      reports: [['pause']],
    },
    { orgId: countyA, level: 'critical', receivedAt: '2024-03-31T16:00:00Z', machine: ['stemi'] },
    { orgId: countyA, level: null, receivedAt: '2024-01-12T02:00:00Z' },
    // County B. c4: critical, never claimed, breach; c5: critical, 3 minutes old (pending).
    {
      orgId: countyB,
      level: 'critical',
      receivedAt: '2024-02-05T03:00:00Z',
      breach: 'unclaimed',
      machine: ['stemi'],
    },
    { orgId: countyB, level: 'critical', receivedAt: '2024-03-31T15:55:00Z', machine: ['stemi'] },
    // c6: critical, in time; the reader calls the machine's AF a flutter and adds free text.
    {
      orgId: countyB,
      level: 'critical',
      receivedAt: '2024-03-01T00:00:00Z',
      claim: { afterS: 90, by: R2 },
      sign: { afterS: 450, by: R2 },
      machine: ['atrial_fibrillation'],
      reports: [['atrial_flutter', 'free_text']],
    },
    // r2: first claimed by R1 at 4:00 and released; R2 claims at 15:00 and signs.
    {
      orgId: countyB,
      level: 'routine',
      receivedAt: '2024-02-10T02:00:00Z',
      firstClaimEvent: { afterS: 240, by: R1 },
      claim: { afterS: 900, by: R2 },
      sign: { afterS: 2400, by: R2 },
      machine: ['sinus_rhythm'],
      reports: [['sinus_rhythm']],
    },
    // County C routes to the other hub only.
    { orgId: countyC, level: 'critical', receivedAt: '2024-01-10T02:00:00Z', machine: ['stemi'] },
  ];
  // County D, June: twenty routine studies, claimed after 10·i s and signed after 100·i s.
  for (let i = 1; i <= 20; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    studies.push({
      orgId: countyD,
      level: 'routine',
      receivedAt: `2024-06-${day}T02:00:00Z`,
      claim: { afterS: 10 * i, by: R1 },
      sign: { afterS: 100 * i, by: R1 },
    });
  }
  for (const spec of studies) {
    await insertStatsStudy(db, spec);
  }
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function stats(client: Client, query: string): Promise<EcgStats> {
  const response = await client.get(`/api/ecg/stats?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<EcgStats>();
}

/** A group's figures in one line: counts, share, [median, p90, p99] of claim and sign, breaches. */
function line(f: SlaFigures | undefined) {
  if (f === undefined) {
    return undefined;
  }
  const p = (d: SlaFigures['timeToClaim']) => [d.n, d.medianS, d.p90S, d.p99S];
  return {
    counts: [f.studies, f.signed, f.critical, f.criticalJudged, f.criticalWithinSla],
    share: f.criticalWithinSlaShare,
    claim: p(f.timeToClaim),
    sign: p(f.timeToSign),
    breaches: [f.breaches.total, f.breaches.unclaimed, f.breaches.claimedNotSigned],
  };
}

describe('GET /api/ecg/stats', () => {
  it('takes its defaults and its SLA from the configuration', () => {
    expect(t.config.slaMinutes.critical).toBe(10);
    expect(t.config.reportTimeZone).toBe('Asia/Shanghai');
  });

  it('counts the hub’s studies overall, by county, by reader and by Shanghai month', async () => {
    const s = await stats(r1.client, period);
    expect([s.from, s.to, s.triage, s.slaMinutesCritical]).toEqual([
      '2024-01-01',
      '2024-03-31',
      null,
      10,
    ]);
    expect(s.percentileMethod).toBe('nearest-rank');
    expect(s.criticalWithinSlaGoal).toBe(1);
    expect(line(s.overall)).toEqual({
      counts: [10, 8, 6, 5, 3],
      share: 0.6,
      claim: [8, 120, 1800, 1800],
      sign: [8, 601, 3600, 3600],
      breaches: [2, 1, 1],
    });
    expect(s.byCounty.map((c) => c.orgId)).toEqual([countyA, countyB]);
    expect(line(s.byCounty[0])).toEqual({
      counts: [6, 6, 3, 3, 2],
      share: 2 / 3,
      claim: [6, 120, 1800, 1800],
      sign: [6, 601, 3600, 3600],
      breaches: [1, 0, 1],
    });
    expect(line(s.byCounty[1])).toEqual({
      counts: [4, 2, 3, 2, 1],
      share: 0.5,
      claim: [2, 90, 240, 240],
      sign: [2, 450, 2400, 2400],
      breaches: [1, 1, 0],
    });
    const reader = (id: string | null) => s.byReader.find((r) => (r.reader?.id ?? null) === id);
    expect(s.byReader.map((r) => r.reader?.id ?? null).slice(-1)).toEqual([null]);
    expect(line(reader(r1.id))).toEqual({
      counts: [4, 4, 2, 2, 1],
      share: 0.5,
      claim: [4, 120, 600, 600],
      sign: [4, 601, 1500, 1500],
      breaches: [1, 0, 1],
    });
    expect(reader(r1.id)?.reader?.displayName).toMatch(/^User /);
    expect(line(reader(r2.id))).toEqual({
      counts: [4, 4, 2, 2, 2],
      share: 1,
      claim: [4, 90, 1800, 1800],
      sign: [4, 450, 3600, 3600],
      breaches: [0, 0, 0],
    });
    expect(line(reader(null))).toEqual({
      counts: [2, 0, 2, 1, 0],
      share: 0,
      claim: [0, null, null, null],
      sign: [0, null, null, null],
      breaches: [1, 1, 0],
    });
    expect(s.byMonth.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(s.byMonth.map(line)).toEqual([
      {
        counts: [5, 5, 2, 2, 1],
        share: 0.5,
        claim: [5, 300, 1800, 1800],
        sign: [5, 1200, 3600, 3600],
        breaches: [1, 0, 1],
      },
      {
        counts: [3, 2, 2, 2, 1],
        share: 0.5,
        claim: [2, 30, 240, 240],
        sign: [2, 300, 2400, 2400],
        breaches: [1, 1, 0],
      },
      {
        counts: [2, 1, 2, 1, 1],
        share: 1,
        claim: [1, 90, 90, 90],
        sign: [1, 450, 450, 450],
        breaches: [0, 0, 0],
      },
    ]);
  });

  it('keeps one triage level when asked', async () => {
    const s = await stats(r1.client, `${period}&triage=critical`);
    expect(s.triage).toBe('critical');
    expect(line(s.overall)).toEqual({
      counts: [6, 4, 6, 5, 3],
      share: 0.6,
      claim: [4, 60, 120, 120],
      sign: [4, 450, 601, 601],
      breaches: [2, 1, 1],
    });
  });

  it('takes percentiles by nearest rank (20 values: ranks 10, 18 and 20)', async () => {
    const s = await stats(r2.client, 'from=2024-06-01&to=2024-06-30');
    expect(line(s.overall)).toEqual({
      counts: [20, 20, 0, 0, 0],
      share: null,
      claim: [20, 100, 180, 200],
      sign: [20, 1000, 1800, 2000],
      breaches: [0, 0, 0],
    });
    expect(s.byMonth.map((m) => [m.month, m.studies])).toEqual([['2024-06', 20]]);
  });

  it('compares the machine’s statements with the latest signed version, most disagreement first', async () => {
    const { agreement } = await stats(r1.client, period);
    expect(agreement.signedStudies).toBe(8);
    const row = (code: string, agree: number, machineOnly: number, readerOnly: number) =>
      ({
        code,
        agree,
        machineOnly,
        readerOnly,
        disagree: machineOnly + readerOnly,
        agreementShare: agree / (agree + machineOnly + readerOnly),
      }) satisfies StatementAgreement;
    expect(agreement.statements).toEqual([
      row('atrial_flutter', 0, 0, 1),
      row('left_bundle_branch_block', 0, 1, 0),
      row('premature_ventricular_complexes', 0, 0, 1),
      row('atrial_fibrillation', 1, 1, 0),
      row('sinus_rhythm', 3, 0, 0),
      row('sinus_tachycardia', 1, 0, 0),
      row('stemi', 3, 0, 0),
    ]);
  });

  it('defaults to the twelve months up to today in Shanghai', async () => {
    const s = await stats(r1.client, '');
    expect([s.from, s.to]).toEqual(['2023-04-01', '2024-03-31']);
    expect(s.byMonth).toHaveLength(12);
    // The ten of the quarter, and the critical one of 2023-12-31 23:59:59 in Shanghai.
    expect(s.overall.studies).toBe(11);
    expect(s.byMonth.find((m) => m.month === '2023-12')?.studies).toBe(1);
  });

  it('shows each organisation only what it may see', async () => {
    expect((await stats(otherHubReader, period)).overall.studies).toBe(1);
    const county = await stats(techA, period);
    expect(county.overall.studies).toBe(6);
    expect(county.byCounty.map((c) => c.orgId)).toEqual([countyA]);
    expect((await stats(coordinator, period)).overall.studies).toBe(10);
    expect((await stats(orgAdmin, period)).overall.studies).toBe(10);
  });

  it('refuses callers without a session or without ecg:read or audit:read', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/ecg/stats?${period}` });
    expect(anonymous.statusCode).toBe(401);
    const denied = await specialist.get(`/api/ecg/stats?${period}`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json<{ code: string }>().code).toBe('forbidden');
  });

  it('is described in the OpenAPI document with its query', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = response.json<{
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    }>();
    const names = doc.paths['/api/ecg/stats']?.get?.parameters?.map((p) => p.name);
    expect(names).toEqual(['from', 'to', 'triage']);
  });

  it.each([
    ['from=2024-02-30', 'query.from'],
    ['from=2024-03-01&to=2024-02-01', 'query.to'],
    ['triage=stat', 'query.triage'],
    ['from=2000-01-01&to=2024-01-01', 'query.from'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const response = await r1.client.get(`/api/ecg/stats?${query}`);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ field: string }>().field).toBe(field);
  });

  it('is audited with the period and the number of studies', async () => {
    await stats(r2.client, `${period}&triage=urgent`);
    const rows = await t.database.db
      .select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, r2.id), eq(auditEvents.action, 'ecg.stats.read')));
    expect(rows.map((r) => r.details)).toContainEqual({
      from: '2024-01-01',
      to: '2024-03-31',
      triage: 'urgent',
      studies: 1,
      orgIds: [countyA],
    });
  });
});
