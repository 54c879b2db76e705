import { caseAttributesSchema } from '@gesang/domain';
import { and, count, eq, inArray, max, min } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { caseEvents, cases, organisations } from '../db/schema/index.js';
import { seedDemoCases } from './demo-cases.js';
import { seedDemo } from './seed-demo.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, 'demo-password-for-tests', true);
}, 120_000);
afterAll(async () => {
  await t.close();
});

/**
 * Expected volumes, worked by hand from the dictionary's seed figures and the divisors documented
 * in domain/centres/demo-volumes.ts (seed figures by May → × 12 / 5 a year; the hub gets that ÷ the
 * centre's divisor, a county 4 % of the hub's unrounded volume):
 * - chest pain: 8,823 × 12 / 5 = 21,175.2 → 21,175; ÷ 20 = 1,058.75 → 1,059; county 42.35 → 42
 * - stroke: (15 + 9 + 200) × 12 / 5 = 537.6 → 538; ÷ 2 = 269; county 10.76 → 11
 * - trauma: 15,722 × 12 / 5 = 37,732.8 → 37,733; ÷ 40 = 943.3 → 943; county 37.73 → 38
 * - maternal: 251 × 12 / 5 = 602.4 → 602; ÷ 2 = 301; county 12.04 → 12
 * - neonatal: 1,000 a year ÷ 4 = 250; county 10
 */
const hubVolumes = { chest_pain: 1059, stroke: 269, trauma: 943, maternal: 301, neonatal: 250 };
const countyVolumes = { chest_pain: 42, stroke: 11, trauma: 38, maternal: 12, neonatal: 10 };
const countyCodes = [
  'gyantse-county',
  'lhatse-county',
  'sakya-county',
  'tingri-county',
  'yadong-county',
];
const demoCodes = ['xigaze-peoples', ...countyCodes];

async function demoCounts(): Promise<Map<string, number>> {
  const rows = await t.database.db
    .select({ code: organisations.code, centre: cases.centre, n: count() })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.orgId))
    .where(and(eq(cases.demo, true), inArray(organisations.code, demoCodes)))
    .groupBy(organisations.code, cases.centre);
  return new Map(rows.map((row) => [`${row.code}/${row.centre}`, row.n]));
}

describe('demo cases', () => {
  it('seeds the documented volumes for the hub and each county, all demo, within the last year', async () => {
    const counts = await demoCounts();
    for (const [centre, n] of Object.entries(hubVolumes)) {
      expect(counts.get(`xigaze-peoples/${centre}`), centre).toBe(n);
    }
    for (const code of countyCodes) {
      for (const [centre, n] of Object.entries(countyVolumes)) {
        expect(counts.get(`${code}/${centre}`), `${code} ${centre}`).toBe(n);
      }
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(2822 + 5 * 113);
    const [span] = await t.database.db
      .select({ first: min(cases.openedAt), last: max(cases.openedAt) })
      .from(cases)
      .innerJoin(organisations, eq(organisations.id, cases.orgId))
      .where(and(eq(cases.demo, true), inArray(organisations.code, demoCodes)));
    const dayMs = 86_400_000;
    expect(Date.now() - (span?.first?.getTime() ?? 0)).toBeLessThanOrEqual(366 * dayMs);
    expect(Date.now() - (span?.last?.getTime() ?? 0)).toBeGreaterThanOrEqual(dayMs);
  });

  it('stores the events of every case (a chest-pain case has its door time)', async () => {
    const [row] = await t.database.db
      .select({ n: count() })
      .from(caseEvents)
      .innerJoin(cases, eq(cases.id, caseEvents.caseId))
      .innerJoin(organisations, eq(organisations.id, cases.orgId))
      .where(
        and(
          eq(cases.demo, true),
          inArray(organisations.code, demoCodes),
          eq(cases.centre, 'chest_pain'),
          eq(caseEvents.event, 'door'),
        ),
      );
    expect(row?.n).toBe(1059 + 5 * 42);
  });

  it('fills the platform’s clinical items with attributes the case schema accepts', async () => {
    const rows = await t.database.db
      .select({ attributes: cases.attributes, centre: cases.centre })
      .from(cases)
      .innerJoin(organisations, eq(organisations.id, cases.orgId))
      .where(and(eq(cases.demo, true), inArray(organisations.code, demoCodes)));
    const refused = rows.filter((row) => !caseAttributesSchema.safeParse(row.attributes).success);
    expect(refused).toEqual([]);
    const chestPain = rows
      .filter((row) => row.centre === 'chest_pain')
      .map((row) => row.attributes);
    const stemi = chestPain.filter((a) => a.diagnosis === 'stemi');
    expect(stemi.length).toBeGreaterThan(100);
    expect(stemi.every((a) => typeof a.killipClass === 'number')).toBe(true);
    const pci = stemi.filter(
      (a) => a.reperfusion === 'primary_pci' && a.culpritVessel !== undefined,
    );
    expect(pci.length).toBeGreaterThan(50);
    expect(chestPain.filter((a) => a.troponinUnit === 'ng_l').length).toBeGreaterThan(500);
  });

  it('is idempotent: seeding again (cases alone, or the whole demo) adds nothing', async () => {
    const before = await demoCounts();
    expect(await seedDemoCases(t.database.db, new Date())).toEqual({ inserted: 0 });
    await seedDemo(t.database.db, 'demo-password-for-tests', false);
    expect(await demoCounts()).toEqual(before);
  });
});
