import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.js';
import {
  createOrg,
  createUser,
  makeResidentId,
  signIn,
  uniqueSuffix,
  type Client,
} from '../../test/fixtures.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let doctorA: Client;
let doctorAId: string;
let countyAId: string;
const ids: Record<'ciren' | 'zhaxi' | 'zhuoma' | 'otherCounty', string> = {
  ciren: '',
  zhaxi: '',
  zhuoma: '',
  otherCounty: '',
};
let zhaxiResidentId: string;
let cirenMrn: string;

async function register(
  client: Client,
  body: Record<string, unknown>,
): Promise<{ id: string; namePinyin: string | null }> {
  const response = await client.post('/api/patients', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ patient: { id: string; namePinyin: string | null } }>().patient;
}

async function search(
  query: Record<string, string | number>,
): Promise<{ ids: string[]; total: number }> {
  const qs = new URLSearchParams(
    Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  ).toString();
  const response = await doctorA.get(`/api/patients?${qs}`);
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json<{ items: { id: string }[]; total: number }>();
  return { ids: body.items.map((p) => p.id), total: body.total };
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const hub = await createOrg(db, { kind: 'prefecture' });
  const countyA = await createOrg(db, { kind: 'county', parentId: hub.id });
  const countyB = await createOrg(db, { kind: 'county', parentId: hub.id });
  countyAId = countyA.id;
  const userA = await createUser(db, [[countyA.id, 'county_doctor']]);
  doctorAId = userA.id;
  doctorA = await signIn(t.app, userA.username);
  const doctorB = await signIn(
    t.app,
    (await createUser(db, [[countyB.id, 'county_doctor']])).username,
  );
  cirenMrn = `MRN-${uniqueSuffix()}`;
  zhaxiResidentId = makeResidentId('1975-08-15', 'male');
  const ciren = await register(doctorA, {
    nameZh: '次仁卓玛',
    nameBo: 'ཚེ་རིང་སྒྲོལ་མ',
    sex: 'female',
    birthDate: '1968-02-29',
    identifiers: [{ system: 'mrn', value: cirenMrn }],
  });
  const zhaxi = await register(doctorA, {
    nameZh: '扎西顿珠',
    nameBo: 'བཀྲ་ཤིས་དོན་གྲུབ',
    sex: 'male',
    identifiers: [{ system: 'resident-id', value: zhaxiResidentId }],
  });
  const zhuoma = await register(doctorA, {
    nameZh: '卓玛',
    nameBo: 'སྒྲོལ་མ',
    sex: 'female',
    birthDate: '1990-01-01',
  });
  // Same names in county B: must never show up in county A's searches.
  ids.otherCounty = (
    await register(doctorB, { nameZh: '次仁卓玛', nameBo: 'ཚེ་རིང་སྒྲོལ་མ', sex: 'female' })
  ).id;
  ids.ciren = ciren.id;
  ids.zhaxi = zhaxi.id;
  ids.zhuoma = zhuoma.id;
  // The romanisation the web app shows (GB/T 16159 word grouping, no tones).
  expect([ciren.namePinyin, zhaxi.namePinyin, zhuoma.namePinyin]).toEqual([
    'Ciren Zhuoma',
    'Zhaxi Dunzhu',
    'Zhuoma',
  ]);
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/patients matches every script a name is written in', () => {
  it.each([
    ['Chinese substring', '卓玛', ['ciren', 'zhuoma']],
    ['Chinese full name', '次仁卓玛', ['ciren']],
    ['Tibetan substring', 'སྒྲོལ་མ', ['ciren', 'zhuoma']],
    ['Tibetan full name', 'བཀྲ་ཤིས་དོན་གྲུབ', ['zhaxi']],
    ['pinyin word without tones', 'zhuoma', ['ciren', 'zhuoma']],
    ['pinyin full name with capitals and space', 'Ciren Zhuoma', ['ciren']],
    ['pinyin prefix across words', 'cirenzhuo', ['ciren']],
    ['pinyin with tone marks', 'Cìrén Zhuōmǎ', ['ciren']],
    ['pinyin given name only', 'dunzhu', ['zhaxi']],
    ['Chinese mixed with Latin letters is not read as pinyin', '卓玛zhuo', []],
    ['pinyin with tone numbers', 'zhuo1ma3', ['ciren', 'zhuoma']],
    ['a LIKE wildcard is literal', '%', []],
    ['an underscore is literal', '_', []],
  ] as const)('%s: %s', async (_label, q, expected) => {
    const result = await search({ q });
    // Ordered by name: pinyin keys cirenzhuoma < zhaxidunzhu < zhuoma.
    expect(result.ids).toEqual(expected.map((k) => ids[k]));
    expect(result.total).toBe(expected.length);
  });

  it('matches identifiers exactly, through q or identifier, and only visible patients', async () => {
    expect((await search({ q: zhaxiResidentId })).ids).toEqual([ids.zhaxi]);
    expect((await search({ q: zhaxiResidentId.slice(0, 17) })).ids).toEqual([]);
    expect((await search({ identifier: cirenMrn })).ids).toEqual([ids.ciren]);
    expect((await search({ identifier: cirenMrn, q: '扎西' })).ids).toEqual([]);
  });

  it('pages with limit and offset, total counting every match', async () => {
    expect(await search({ q: '卓玛', limit: 1, offset: 1 })).toEqual({
      ids: [ids.zhuoma],
      total: 2,
    });
  });

  it('audits one patient.read per patient returned and the search itself', async () => {
    const q = `Zhuoma`;
    const before = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, doctorAId));
    await search({ q });
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, doctorAId));
    const added = rows.filter((r) => !before.some((b) => b.id === r.id));
    const reads = added.filter((r) => r.action === 'patient.read');
    expect(reads.map((r) => r.patientId).sort()).toEqual([ids.ciren, ids.zhuoma].sort());
    for (const row of added) {
      expect(row.actingOrgId).toBe(countyAId);
      expect(row.outcome).toBe('success');
    }
    expect(reads.every((r) => r.details.via === 'search')).toBe(true);
    const searches = added.filter((r) => r.action === 'patient.search');
    expect(searches).toHaveLength(1);
    expect(searches[0]?.details).toMatchObject({ q, identifier: null, count: 2 });
    expect(added).toHaveLength(3);
  });

  it('audits GET /api/patients/:id with actor, acting organisation and patient', async () => {
    expect((await doctorA.get(`/api/patients/${ids.zhaxi}`)).statusCode).toBe(200);
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUserId, doctorAId),
          eq(auditEvents.patientId, ids.zhaxi),
          eq(auditEvents.action, 'patient.read'),
        ),
      );
    expect(rows.some((r) => r.actingOrgId === countyAId && r.details.via === 'get')).toBe(true);
  });
});
