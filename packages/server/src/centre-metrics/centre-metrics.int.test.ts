import type { CentreMetric, CentreMetrics, CentreVolumes, IntervalStats } from '@gesang/domain';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { auditEvents } from '../db/schema/index.js';
import { chestPain, cst, storeCases } from './analytics-fixtures.test-helper.js';

// Every expected figure is worked by hand from the cases stored in beforeAll. Chest pain, real,
// March–April 2025 (China time), in the coordinator's scope (hub + counties A and B):
//   FMC → first ECG: hub 6, 12, 9, 8 (April); A 5, 15, −10 (ECG before FMC: flagged); B 10
//   → n 8, sum 55, mean 6.875; sorted −10 5 6 8 9 10 12 15 → median 8.5; ≤ 10 min: 6 of 8 = 0.75
//   door → wire (STEMI, primary PCI): 70, 105 → mean 87.5 (≤ 90 met), 1 of 2 ≤ 90 = 0.5 (< 0.75)
//   DIDO (transfer for PCI): 40, 25 → mean 32.5 (> 30: missed)
const period = 'from=2025-03-01&to=2025-04-30';
const stemiPci = { diagnosis: 'stemi', reperfusion: 'primary_pci' } as const;
const stemiTransfer = { diagnosis: 'stemi', reperfusion: 'transfer_for_pci' } as const;

let t: TestApp;
let hub: string;
let countyA: string;
let countyB: string;
let otherHub: string;
let coordinator: Client;
let countyDoctor: Client;
let consortiumAdmin: Client;
let technician: Client;
let coordinatorUsername: string;

async function person(orgId: string, role: Parameters<typeof createUser>[1][0][1]) {
  const user = await createUser(t.database.db, [[orgId, role]]);
  return { username: user.username, client: await signIn(t.app, user.username) };
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const region = await createOrg(db, { kind: 'region' });
  hub = (await createOrg(db, { kind: 'prefecture', parentId: region.id, zh: '枢纽医院' })).id;
  countyA = (await createOrg(db, { kind: 'county', parentId: hub, zh: '甲县医院' })).id;
  countyB = (await createOrg(db, { kind: 'county', parentId: hub, zh: '乙县医院' })).id;
  otherHub = (await createOrg(db, { kind: 'prefecture', parentId: region.id })).id;
  await storeCases(db, [
    chestPain(hub, '2025-03-05 08:00', 6, { events: { wire_crossing: 70 }, attributes: stemiPci }),
    chestPain(hub, '2025-03-10 10:00', 12, {
      events: { wire_crossing: 105 },
      attributes: stemiPci,
    }),
    chestPain(hub, '2025-03-31 23:50', 9, { attributes: { diagnosis: 'nstemi' } }),
    // 2025-03-31 16:30 UTC is 1 April 00:30 in China: an April case.
    chestPain(hub, '2025-04-01 00:30', 8),
    // Before the period: not counted.
    chestPain(hub, '2025-02-27 10:00', 50),
    chestPain(countyA, '2025-03-15 14:00', 5, {
      events: { departure_for_pci: 40 },
      attributes: stemiTransfer,
    }),
    chestPain(countyA, '2025-03-20 09:00', 15, {
      events: { departure_for_pci: 25 },
      attributes: stemiTransfer,
    }),
    chestPain(countyA, '2025-03-22 10:00', -10),
    chestPain(countyB, '2025-03-25 10:00', 10),
    { centre: 'stroke', orgId: hub, events: { door: cst('2025-04-10 09:00') } },
    chestPain(otherHub, '2025-03-12 12:00', 7),
  ]);
  await storeCases(db, [chestPain(hub, '2025-03-06 08:00', 3)], true);
  const c = await person(hub, 'chest_pain_coordinator');
  coordinator = c.client;
  coordinatorUsername = c.username;
  countyDoctor = (await person(countyA, 'county_doctor')).client;
  consortiumAdmin = (await person(region.id, 'consortium_admin')).client;
  technician = (await person(hub, 'ecg_technician')).client;
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function metrics(client: Client, query: string): Promise<CentreMetrics> {
  const response = await client.get(`/api/centres/metrics?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CentreMetrics>();
}

function metric(answer: CentreMetrics, id: string): CentreMetric {
  const found = answer.metrics.find((m) => m.id === id);
  if (found === undefined) {
    throw new Error(`no ${id}`);
  }
  return found;
}

function interval(stats: CentreMetric['overall']): IntervalStats {
  if (stats.kind !== 'interval') {
    throw new Error('not an interval metric');
  }
  return stats;
}

describe('GET /api/centres/metrics', () => {
  it('computes the hub coordinator’s figures over the hub and its counties', async () => {
    const answer = await metrics(coordinator, `${period}&centre=chest_pain`);
    expect(answer).toMatchObject({
      demo: false,
      months: ['2025-03', '2025-04'],
      caseCount: 8,
      flaggedCaseCount: 1,
      available: { real: 10, demo: 1 },
    });
    expect(answer.metrics.every((m) => m.centre === 'chest_pain')).toBe(true);
    const fmc = metric(answer, 'cp.fmc_to_ecg');
    expect(interval(fmc.overall)).toMatchObject({
      count: 8,
      meanMin: 6.875,
      medianMin: 8.5,
      compliance: 0.75,
      meanMet: true,
      complianceMet: true,
      flaggedCount: 1,
    });
    expect(fmc.targets).toMatchObject({ targetMin: 10, meanTarget: 'lt', complianceGoal: 0.75 });
    expect(fmc.byMonth.map((m) => [m.month, m.stats.count])).toEqual([
      ['2025-03', 7],
      ['2025-04', 1],
    ]);
    expect(interval(fmc.byMonth[0]?.stats ?? fmc.overall).meanMin).toBeCloseTo(47 / 7, 10);
    expect(fmc.trend.values).toEqual([expect.closeTo(47 / 7, 10), 8]);
    expect(fmc.byOrg.map((o) => [o.orgName.zh, o.stats.count])).toEqual([
      ['枢纽医院', 4],
      ['甲县医院', 3],
      ['乙县医院', 1],
    ]);
    expect(interval(fmc.byOrg[0]?.stats ?? fmc.overall)).toMatchObject({
      meanMin: 8.75,
      compliance: 0.75,
    });
    expect(interval(fmc.byOrg[1]?.stats ?? fmc.overall).compliance).toBeCloseTo(2 / 3, 10);
    expect(interval(metric(answer, 'cp.d2w').overall)).toMatchObject({
      count: 2,
      meanMin: 87.5,
      meanMet: true,
      compliance: 0.5,
      complianceMet: false,
    });
    expect(interval(metric(answer, 'cp.dido').overall)).toMatchObject({
      count: 2,
      meanMin: 32.5,
      meanMet: false,
    });
    expect(answer.orgs.map((o) => o.id)).toEqual([hub, countyA, countyB]);
  });

  it('audits an aggregate read without patient data', async () => {
    await metrics(coordinator, `${period}&centre=chest_pain`);
    const [row] = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUsername, coordinatorUsername),
          eq(auditEvents.action, 'centre.metrics.read'),
        ),
      )
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(row?.patientId).toBeNull();
    expect(row?.details).toMatchObject({ cases: 8, demo: false, centre: 'chest_pain' });
  });

  it('filters by organisation, keeps demo apart, and scopes a county to itself', async () => {
    const hubOnly = await metrics(coordinator, `${period}&centre=chest_pain&orgId=${hub}`);
    expect(interval(metric(hubOnly, 'cp.fmc_to_ecg').overall)).toMatchObject({
      count: 4,
      meanMin: 8.75,
    });
    const demo = await metrics(coordinator, `${period}&centre=chest_pain&demo=true`);
    expect(demo.demo).toBe(true);
    expect(interval(metric(demo, 'cp.fmc_to_ecg').overall)).toMatchObject({ count: 1, meanMin: 3 });
    const county = await metrics(countyDoctor, `${period}&centre=chest_pain`);
    expect(interval(metric(county, 'cp.fmc_to_ecg').overall)).toMatchObject({
      count: 3,
      meanMin: 10 / 3,
    });
    const refused = await countyDoctor.get(`/api/centres/metrics?${period}&orgId=${hub}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ field: 'query.orgId' });
  });

  it('lets a consortium administrator see any organisation, and defaults to demo without real cases', async () => {
    const other = await metrics(consortiumAdmin, `${period}&centre=chest_pain&orgId=${otherHub}`);
    expect(interval(metric(other, 'cp.fmc_to_ecg').overall)).toMatchObject({
      count: 1,
      meanMin: 7,
    });
    const region = await createOrg(t.database.db, { kind: 'prefecture' });
    await storeCases(t.database.db, [chestPain(region.id, '2025-03-02 10:00', 4)], true);
    const demoOnly = (await person(region.id, 'chest_pain_coordinator')).client;
    const answer = await metrics(demoOnly, `${period}&centre=chest_pain`);
    expect(answer).toMatchObject({ demo: true, available: { real: 0, demo: 1 }, caseCount: 1 });
  });

  it('refuses callers without case:manage or audit:read, and bad queries by field', async () => {
    expect((await technician.get(`/api/centres/metrics?${period}`)).statusCode).toBe(403);
    const cases: [string, string][] = [
      ['from=2025-13-01', 'query.from'],
      ['from=2025-04-01&to=2025-03-01', 'query.to'],
      ['centre=heart', 'query.centre'],
      ['orgId=not-a-uuid', 'query.orgId'],
      ['demo=maybe', 'query.demo'],
    ];
    for (const [query, field] of cases) {
      const response = await coordinator.get(`/api/centres/metrics?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ field?: string }>().field, query).toBe(field);
    }
  });
});

describe('GET /api/centres/volumes', () => {
  it('counts cases by centre and month and by organisation', async () => {
    const response = await coordinator.get(`/api/centres/volumes?${period}`);
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json<CentreVolumes>();
    expect(answer.caseCount).toBe(9);
    const row = (centre: string) => answer.byCentre.find((c) => c.centre === centre);
    expect(row('chest_pain')).toEqual({ centre: 'chest_pain', byMonth: [7, 1], total: 8 });
    expect(row('stroke')).toEqual({ centre: 'stroke', byMonth: [0, 1], total: 1 });
    expect(row('trauma')?.total).toBe(0);
    expect(
      answer.byOrg.map((o) => [o.orgId, o.byCentre.chest_pain, o.byCentre.stroke, o.total]),
    ).toEqual([
      [hub, 4, 1, 5],
      [countyA, 3, 0, 3],
      [countyB, 1, 0, 1],
    ]);
  });
});
