/**
 * Demo cases of the five centres: a year of `generateDemoCases` cases for the Xigaze hub and its
 * county hospitals, marked `demo`, so that the dashboards are alive on first start. Inserted in
 * bulk in one transaction (a few thousand cases and their events in seconds on PGlite) and only
 * when the hub has no demo case yet, so seeding twice never duplicates. Demo cases never mix with
 * real ones: every read filters on `demo`, whose default is false.
 */
import { randomUUID } from 'node:crypto';
import {
  caseReferenceMs,
  generateDemoCases,
  type CaseOpenedHow,
  type CentreCase,
} from '@gesang/domain';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database.js';
import { cases, organisations } from '../db/schema/index.js';

/** Seed of the demo generator: the same seed and day always give the same cases. */
export const demoCasesSeed = 2025;

/** Code of the demo hub; its county hospitals are the `county` organisations directly below it. */
const hubCode = 'xigaze-peoples';

/** Rows per INSERT statement (one JSON parameter each). */
const chunkRows = 5000;

/** A case to store: the engine's case (`orgId`: an organisation's uuid) and its patient, if any. */
export type StoredCaseInput = CentreCase & { patientId?: string | null | undefined };

const openedHowOf: Record<string, CaseOpenedHow> = {
  ambulance_120: 'ambulance',
  self: 'walk_in',
  transfer_in: 'transfer_from_county',
};

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunkRows) {
    out.push(items.slice(i, i + chunkRows));
  }
  return out;
}

/**
 * Inserts finished (closed) cases with their events, each event also in the history as recorded
 * by the system; in bulk, inside the caller's transaction. Opened at the case's reference instant
 * (arrival where recorded), closed at its last event.
 * @param db database or transaction.
 * @param input cases with `orgId` set to an organisation id.
 * @param demo whether these are demo cases.
 * @returns the new case ids, in input order.
 * @example await insertCentreCases(tx, [{ centre: 'stroke', id: 'x', orgId, events: { door: '…' } }], false);
 */
export async function insertCentreCases(
  db: DbOrTx,
  input: readonly StoredCaseInput[],
  demo: boolean,
): Promise<string[]> {
  const ids = input.map(() => randomUUID());
  const caseRows = input.map((c, index) => {
    const times = Object.values(c.events as Record<string, string>).map((iso) => Date.parse(iso));
    const openedMs = caseReferenceMs(c) ?? Date.now();
    const arrival = c.attributes?.arrivalMode;
    return {
      id: ids[index] ?? '',
      centre: c.centre,
      org_id: c.orgId ?? '',
      patient_id: c.patientId ?? null,
      opened_how: (arrival === undefined ? undefined : openedHowOf[arrival]) ?? 'manual',
      opened_at: new Date(openedMs).toISOString(),
      status: 'closed',
      closed_at: new Date(Math.max(openedMs, ...times)).toISOString(),
      demo,
      attributes: c.attributes ?? {},
    };
  });
  const eventRows = input.flatMap((c, index) =>
    Object.entries(c.events as Record<string, string>).map(([event, iso]) => ({
      case_id: ids[index] ?? '',
      event,
      at: iso,
      source: 'system',
    })),
  );
  // One JSON parameter per statement, expanded by the database (jsonb_to_recordset): binding
  // tens of thousands of parameters one by one is what made row-by-row inserts slow on PGlite.
  for (const rows of chunks(caseRows)) {
    await db.execute(sql`
      insert into cases (id, centre, org_id, patient_id, opened_how, opened_at, status, closed_at,
        demo, attributes)
      select id, centre, org_id, patient_id, opened_how, opened_at, status, closed_at, demo,
        attributes
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, centre text,
        org_id uuid, patient_id uuid, opened_how text, opened_at timestamptz, status text,
        closed_at timestamptz, demo boolean, attributes jsonb)`);
  }
  for (const rows of chunks(eventRows)) {
    const json = JSON.stringify(rows);
    await db.execute(sql`
      insert into case_events (case_id, event, at, source, recorded_at)
      select case_id, event, at, source, at
      from jsonb_to_recordset(${json}::jsonb) as r(case_id uuid, event text, at timestamptz,
        source text)`);
    await db.execute(sql`
      insert into case_event_history (case_id, event, action, new_at, source, changed_at)
      select case_id, event, 'recorded', at, source, at
      from jsonb_to_recordset(${json}::jsonb) as r(case_id uuid, event text, at timestamptz,
        source text)`);
  }
  return ids;
}

/** A deterministic source of numbers in [0, 1) (mulberry32), so every seeding is the same. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Fills the national chest-pain platform's clinical items the generator leaves out (troponin
 * value, Killip class, loading doses, thrombolytic, culprit vessel and stents, discharge
 * diagnosis), from what the case already records, so the demo export reads like a real one.
 * Plausible values, not measured ones: high-sensitivity troponin T in ng/L raised in myocardial
 * infarction; Killip I in most; aspirin 300 mg with ticagrelor 180 mg or clopidogrel 300–600 mg.
 * @param random numbers in [0, 1).
 */
export function withPlatformDetails(c: CentreCase, random: () => number): CentreCase {
  if (c.centre !== 'chest_pain') {
    return c;
  }
  const a = { ...c.attributes };
  const events = c.events as Record<string, string | undefined>;
  const mi = a.diagnosis === 'stemi' || a.diagnosis === 'nstemi';
  const pick = <T>(options: [T, number][]): T => {
    let r = random() * options.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of options) {
      r -= weight;
      if (r < 0) {
        return value;
      }
    }
    return options[0]?.[0] as T;
  };
  if (events.troponin_result !== undefined) {
    a.troponinUnit = 'ng_l';
    a.troponinValue = mi ? Math.round(60 + random() * 3000) : Math.round(3 + random() * 11);
  }
  if (mi) {
    a.killipClass = pick([
      [1, 70],
      [2, 20],
      [3, 7],
      [4, 3],
    ]);
  }
  if (events.loading_dose !== undefined) {
    a.aspirinDoseMg = 300;
    a.p2y12Agent = pick([
      ['ticagrelor', 60],
      ['clopidogrel', 40],
    ] as const);
    a.p2y12DoseMg =
      a.p2y12Agent === 'ticagrelor'
        ? 180
        : pick([
            [300, 50],
            [600, 50],
          ]);
  }
  if (events.lysis_start !== undefined) {
    a.lysisAgent = pick([
      ['reteplase', 40],
      ['alteplase', 30],
      ['prourokinase', 20],
      ['urokinase', 10],
    ] as const);
  }
  if (events.wire_crossing !== undefined && a.reperfusion === 'primary_pci') {
    a.culpritVessel = pick([
      ['lad', 45],
      ['rca', 35],
      ['lcx', 15],
      ['lm', 5],
    ] as const);
    a.stentCount = pick([
      [1, 70],
      [2, 20],
      [0, 10],
    ]);
  }
  if (events.discharge !== undefined && a.diagnosis !== undefined) {
    a.dischargeDiagnosis = a.diagnosis;
  }
  return { ...c, attributes: a };
}

/**
 * The demo organisations: the hub (tier hub) and the county hospitals directly below it.
 * @returns empty when the demo consortium is not loaded.
 */
async function demoTiers(db: DbOrTx): Promise<{ id: string; code: string; hub: boolean }[]> {
  const [hub] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.code, hubCode));
  if (hub === undefined) {
    return [];
  }
  const counties = await db
    .select({ id: organisations.id, code: organisations.code })
    .from(organisations)
    .where(and(eq(organisations.parentId, hub.id), eq(organisations.kind, 'county')))
    .orderBy(organisations.code);
  return [{ id: hub.id, code: hubCode, hub: true }, ...counties.map((c) => ({ ...c, hub: false }))];
}

/**
 * Seeds a year of demo cases ending at `now`, unless the demo organisations already have some.
 * @param db the database.
 * @param now end of the year covered (the seeding day).
 * @returns how many cases were inserted (0 when already seeded or the consortium is missing).
 * @example await seedDemoCases(db, new Date()); // { inserted: 3387 } on first start
 */
export async function seedDemoCases(db: Db, now: Date): Promise<{ inserted: number }> {
  const orgs = await demoTiers(db);
  if (orgs.length === 0) {
    return { inserted: 0 };
  }
  const orgIds = orgs.map((o) => o.id);
  const [existing] = await db
    .select({ n: count() })
    .from(cases)
    .where(and(eq(cases.demo, true), inArray(cases.orgId, orgIds)));
  if ((existing?.n ?? 0) > 0) {
    return { inserted: 0 };
  }
  const idOfCode = new Map(orgs.map((o) => [o.code, o.id]));
  const generated = generateDemoCases({
    seed: demoCasesSeed,
    endIso: now.toISOString(),
    organisations: orgs.map((o) => ({ id: o.code, tier: o.hub ? 'hub' : 'county' })),
  });
  const random = mulberry32(demoCasesSeed);
  const input = generated.map((c) => ({
    ...withPlatformDetails(c, random),
    orgId: idOfCode.get(c.orgId ?? '') ?? '',
  }));
  await db.transaction(async (tx) => {
    await insertCentreCases(tx, input, true);
  });
  return { inserted: input.length };
}
