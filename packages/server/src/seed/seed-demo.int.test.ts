import { roles, type Coverage, type OnDuty } from '@gesang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { seedDemo } from './seed-demo.js';

let t: TestApp;
const password = 'demo-password-for-tests';

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, password, true);
});
afterAll(async () => {
  await t.close();
});

interface Org {
  id: string;
  parentId: string | null;
  kind: string;
  code: string;
  name: { zh: string; en: string; bo?: string };
}

describe('demo consortium', () => {
  it('has the hub, its five counties, Ngari, the region hospital and the partners, as a tree', async () => {
    const admin = await signIn(t.app, 'admin', password);
    const orgs = (await admin.get('/api/orgs')).json<{ items: Org[] }>().items;
    const byEn = (en: string): Org => {
      const org = orgs.find((o) => o.name.en === en);
      if (org === undefined) {
        throw new Error(`missing ${en}`);
      }
      return org;
    };
    const hub = byEn("Xigaze People's Hospital");
    for (const county of ['Gyantse', 'Yadong', 'Lhatse', 'Sakya', 'Tingri']) {
      expect(byEn(`${county} County People's Hospital`).parentId).toBe(hub.id);
    }
    const ngari = byEn("Ngari Prefecture People's Hospital");
    expect(byEn('Ngari Tibetan Medicine Hospital').parentId).toBe(ngari.id);
    const baga = byEn('Baga Township Health Centre');
    expect(baga.parentId).toBe(ngari.id);
    expect(byEn('Xiongba Village Clinic').parentId).toBe(baga.id);
    const region = byEn("Tibet Autonomous Region People's Hospital");
    expect(hub.parentId).toBe(region.id);
    expect(byEn('Shanghai ECG Reading Centre').parentId).toBeNull();
    expect(orgs.some((o) => o.name.en.startsWith("Xi'an") && o.parentId === null)).toBe(true);
    expect(orgs.filter((o) => o.kind === 'township').length).toBeGreaterThanOrEqual(3);
    expect(orgs.filter((o) => o.kind === 'village').length).toBeGreaterThanOrEqual(2);
    expect(
      orgs
        .filter((o) => o.code.endsWith('-county') || o.code.endsWith('-peoples'))
        .every((o) => (o.name.bo ?? '').length > 0),
    ).toBe(true);
    const departments = (await admin.get(`/api/orgs/${hub.id}/departments`)).json<{
      items: { name: { en: string } }[];
    }>().items;
    const names = departments.map((d) => d.name.en.toLowerCase());
    for (const d of [
      'general surgery',
      'cardiology',
      'gastroenterology',
      'orthopaedics',
      'traditional chinese medicine',
      'urology',
      'haematology',
      'paediatrics',
      'respiratory medicine',
      'thoracic surgery',
      'anaesthesiology',
      'rheumatology',
      'rehabilitation',
    ]) {
      expect(names).toContain(d);
    }
    const shanghai = byEn('Shanghai ECG Reading Centre');
    const lhatse = byEn("Lhatse County People's Hospital");
    const grants = (await admin.get('/api/grants')).json<{
      items: { fromOrgId: string; toOrgId: string; scope: string }[];
    }>().items;
    expect(
      grants.some(
        (g) => g.fromOrgId === lhatse.id && g.toOrgId === shanghai.id && g.scope === 'ecg',
      ),
    ).toBe(true);
  });

  it('has one login per role, with the named ones where the issue puts them', async () => {
    const expected: [string, string, string][] = [
      ['admin', 'consortium_admin', "Xigaze People's Hospital"],
      ['tech.lhatse', 'ecg_technician', "Lhatse County People's Hospital"],
      ['doctor.lhatse', 'county_doctor', "Lhatse County People's Hospital"],
      ['reader.shanghai', 'ecg_reader', 'Shanghai ECG Reading Centre'],
      ['reader.xigaze', 'ecg_reader', "Xigaze People's Hospital"],
      ['cpc.xigaze', 'chest_pain_coordinator', "Xigaze People's Hospital"],
    ];
    for (const [username, role, orgEn] of expected) {
      const client = await signIn(t.app, username, password);
      const session = (await client.get('/api/auth/session')).json<{
        memberships: { roles: string[]; orgName: { en: string } }[];
      }>();
      expect(
        session.memberships.some((m) => m.orgName.en === orgEn && m.roles.includes(role)),
      ).toBe(true);
    }
    const admin = await signIn(t.app, 'admin', password);
    const users = (await admin.get('/api/users?limit=200')).json<{
      items: { username: string; memberships: { roles: string[] }[] }[];
    }>().items;
    const held = new Set(users.flatMap((u) => u.memberships.flatMap((m) => m.roles)));
    for (const role of roles) {
      expect(held).toContain(role);
    }
  });

  it('lets reader.xigaze act for the Xigaze hub first, not for the region', async () => {
    const reader = await signIn(t.app, 'reader.xigaze', password);
    const session = (await reader.get('/api/auth/session')).json<{
      activeOrgId: string;
      memberships: { orgId: string; orgName: { en: string } }[];
    }>();
    const active = session.memberships.find((m) => m.orgId === session.activeOrgId);
    expect(active?.orgName.en).toBe("Xigaze People's Hospital");
  });

  it('has a roster covering every hour of the week at the hub and at the Shanghai centre', async () => {
    const admin = await signIn(t.app, 'admin', password);
    const coverage = (await admin.get('/api/ecg/roster/coverage?week=2025-03-05')).json<Coverage>();
    const target = (en: string): Coverage['targets'][number] | undefined =>
      coverage.targets.find((x) => x.orgName.en === en);
    const hub = target("Xigaze People's Hospital");
    const centre = target('Shanghai ECG Reading Centre');
    expect(hub).toMatchObject({ tier: 'hub', gaps: [], onCallGaps: [], uncoveredHours: 0 });
    expect(centre).toMatchObject({ tier: 'reading_centre', gaps: [], coordinatorGaps: [] });
    // Monday 10:00 and 22:00 in Asia/Shanghai: the day reader, then the night reader.
    const primaries = async (at: string): Promise<string[]> => {
      const duty = (
        await admin.get(`/api/ecg/roster/on-duty?at=${encodeURIComponent(at)}`)
      ).json<OnDuty>();
      return (
        duty.items
          .find((i) => i.orgName.en === "Xigaze People's Hospital")
          ?.people.filter((p) => p.role === 'primary')
          .map((p) => p.user.displayName) ?? []
      );
    };
    expect(await primaries('2025-03-03T10:00:00+08:00')).toEqual(['格桑 Kelsang (ECG reader)']);
    expect(await primaries('2025-03-03T22:00:00+08:00')).toEqual([
      '巴桑 Pasang (ECG reader, nights)',
    ]);
  });

  it('is loaded once; a later start only resets the demo password when one is given', async () => {
    const again = await seedDemo(t.database.db, 'another-password-1', false);
    expect(again.loaded).toBe(false);
    await signIn(t.app, 'admin', password);
    await seedDemo(t.database.db, 'another-password-1', true);
    await signIn(t.app, 'admin', 'another-password-1');
    await seedDemo(t.database.db, password, true);
  });
});
