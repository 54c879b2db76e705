import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { auditEvents } from '../db/schema/index.js';
import { poppler } from '../reports/poppler.test-helper.js';
import { chestPain, storeCases } from './analytics-fixtures.test-helper.js';

// Hand-worked figures of the hub's chest-pain cases of March 2025 (China time):
//   FMC → first ECG 6, 12, 9, 75 min → mean 102 / 4 = 25.5, median (9 + 12) / 2 = 10.5,
//     within 10 min: 2 of 4 = 50.0 % → mean (< 10) and compliance (≥ 75 %) missed: 未达标;
//     75 min is over 60: the case is flagged for review.
//   door → wire 70, 105 → mean 87.5 (≤ 90 met), compliance 1 of 2 = 50.0 % (< 75 %): 未达标.
// The county's March case and the hub's April case are not in the hub's March report.
const tmp = mkdtempSync(join(tmpdir(), 'gesang-quality-'));
const stemiPci = { diagnosis: 'stemi', reperfusion: 'primary_pci' } as const;

let t: TestApp;
let coordinator: Client;
let coordinatorName: string;
let flaggedId: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const hub = (
    await createOrg(db, { kind: 'prefecture', zh: '日喀则测试医院', en: 'Test Hub Hospital' })
  ).id;
  const county = (await createOrg(db, { kind: 'county', parentId: hub })).id;
  const ids = await storeCases(db, [
    chestPain(hub, '2025-03-05 08:00', 6, { events: { wire_crossing: 70 }, attributes: stemiPci }),
    chestPain(hub, '2025-03-10 10:00', 12, {
      events: { wire_crossing: 105 },
      attributes: stemiPci,
    }),
    chestPain(hub, '2025-03-12 11:00', 9),
    chestPain(hub, '2025-03-20 15:00', 75),
    chestPain(hub, '2025-04-02 09:00', 40),
    chestPain(county, '2025-03-15 14:00', 30),
  ]);
  flaggedId = ids[3] ?? '';
  await storeCases(db, [chestPain(hub, '2025-03-06 08:00', 3)], true);
  const user = await createUser(db, [[hub, 'chest_pain_coordinator']]);
  coordinatorName = user.username;
  coordinator = await signIn(t.app, user.username);
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function reportText(query: string, file: string): Promise<string> {
  const response = await coordinator.get(`/api/centres/report.pdf?${query}`);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  writeFileSync(join(tmp, file), response.rawPayload);
  return poppler('pdftotext', ['-layout', join(tmp, file), '-']);
}

describe('GET /api/centres/report.pdf', () => {
  it('prints the hospital, the month and each metric’s figures against its target', async () => {
    const text = await reportText('centre=chest_pain&month=2025-03', 'real.pdf');
    expect(text).toContain('日喀则测试医院');
    expect(text).toContain('胸痛中心月度质量报告');
    expect(text).toContain('2025年3月');
    expect(text).toMatch(/本月病例 Cases: 4/);
    expect(text).not.toContain('DEMO');
    const line = (label: string): string =>
      text.split('\n').find((l) => l.includes(label)) ?? `(no line with ${label})`;
    expect(line('首次医疗接触到首份心电图')).toMatch(/\b4\s+25\.5\s+10\.5\s+50\.0%.*未达标/);
    expect(line('进门到导丝通过')).toMatch(/\b2\s+87\.5\s+87\.5\s+50\.0%.*未达标/);
    expect(line('肌钙蛋白抽血到报告')).toMatch(/\b0\s+—\s+—\s+—.*无病例/);
    expect(text).toContain('达标率与目标');
    expect(text).toContain('待审核病例（1 例）');
    expect(text).toContain(flaggedId);
    expect(text).toContain('2025-03-20 15:00');
    expect(text).toMatch(/首次医疗接触 → 首份心电图 75\.0 分钟（超过 60 分钟）/);
    expect(poppler('pdfinfo', [join(tmp, 'real.pdf')])).toMatch(
      /^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/m,
    );
  });

  it('embeds the Tibetan font for the hospital’s Tibetan name', async () => {
    const response = await coordinator.get('/api/centres/report.pdf?month=2025-03');
    expect(response.rawPayload.includes(Buffer.from('Tibetan_Machine_Uni'))).toBe(true);
  });

  it('marks a demo report, and audits every report as an aggregate read', async () => {
    const text = await reportText('centre=chest_pain&month=2025-03&demo=true', 'demo.pdf');
    expect(text).toContain('演示数据 DEMO');
    expect(text).toMatch(/本月病例 Cases: 1/);
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUsername, coordinatorName),
          eq(auditEvents.action, 'centre.report.pdf'),
        ),
      );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((row) => row.patientId === null)).toBe(true);
    expect(rows.at(-1)?.details).toMatchObject({ demo: true, cases: 1, month: '2025-03' });
  });

  it('refuses a malformed month and an organisation outside the scope', async () => {
    const bad = await coordinator.get('/api/centres/report.pdf?month=2025-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'query.month' });
    const other = await createOrg(t.database.db, { kind: 'prefecture' });
    const outside = await coordinator.get(
      `/api/centres/report.pdf?month=2025-03&orgId=${other.id}`,
    );
    expect(outside.statusCode).toBe(404);
  });
});
