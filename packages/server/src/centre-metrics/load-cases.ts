import {
  caseReferenceMs,
  centreMetricsTimeZone,
  orgKinds,
  type Centre,
  type CentreCase,
} from '@gesang/domain';
import { and, asc, count, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { caseEvents, cases, organisations } from '../db/schema/index.js';
import { resolvePeriod, type StatsPeriod } from '../ecg-stats/period.js';
import type { CaseScope } from './metrics-scope.js';

const dayMs = 86_400_000;
/** China Standard Time is UTC+8 all year (no daylight saving), as the metric engine assumes. */
const chinaOffsetMs = 8 * 3_600_000;
/**
 * Cases are pre-selected by opening time with this margin around the period, then kept by their
 * reference instant (arrival), which may precede or follow the opening (a case opened by a
 * county's ECG hours before the patient arrives).
 */
const marginMs = 31 * dayMs;

/** A stored case as the analytics read it. */
export interface LoadedCase {
  /** The engine's case: `id` and `orgId` are the database ids. */
  c: CentreCase;
  patientId: string | null;
  /** The instant that dates the case (arrival where recorded, else the opening time). */
  referenceMs: number;
}

/** Which stored cases a request counts. */
export interface CaseFilter {
  scope: CaseScope;
  demo: boolean;
  period: StatsPeriod;
  centre?: Centre | undefined;
}

/**
 * The period of a request in China Standard Time (see `resolvePeriod`: default the last 12
 * calendar months up to today; 400 for `to` before `from` or more than 120 months).
 * @param now the current instant.
 */
export function resolveCasePeriod(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): StatsPeriod {
  return resolvePeriod(query, now, centreMetricsTimeZone);
}

/**
 * First and end instant (exclusive) of a period of China calendar days.
 * @example periodBoundsMs({ from: '2025-03-01', to: '2025-03-31', months: [] }) // [Feb 28 16:00Z, Mar 31 16:00Z]
 */
export function periodBoundsMs(period: StatsPeriod): [startMs: number, endMs: number] {
  const startMs = Date.parse(`${period.from}T00:00:00Z`) - chinaOffsetMs;
  const endMs = Date.parse(`${period.to}T00:00:00Z`) - chinaOffsetMs + dayMs;
  return [startMs, endMs];
}

function scopeCondition(scope: CaseScope): SQL | undefined {
  return scope === 'all' ? undefined : inArray(cases.orgId, [...scope]);
}

/**
 * The cases in scope, demo or real, of one centre or all, whose reference instant falls in the
 * period, with their current events (time order).
 * @example const loaded = await loadCases(db, { scope, demo: false, period, centre: 'chest_pain' });
 */
export async function loadCases(db: DbOrTx, filter: CaseFilter): Promise<LoadedCase[]> {
  const [startMs, endMs] = periodBoundsMs(filter.period);
  const where = and(
    scopeCondition(filter.scope),
    eq(cases.demo, filter.demo),
    filter.centre === undefined ? undefined : eq(cases.centre, filter.centre),
    gte(cases.openedAt, new Date(startMs - marginMs)),
    lt(cases.openedAt, new Date(endMs + marginMs)),
  );
  // One row per case with its events as one JSON object (event → instant): far fewer rows to
  // read and map than one per event.
  const rows = await db
    .select({
      id: cases.id,
      centre: cases.centre,
      orgId: cases.orgId,
      patientId: cases.patientId,
      openedAt: cases.openedAt,
      attributes: cases.attributes,
      events: sql<Record<
        string,
        string
      > | null>`(select jsonb_object_agg(${caseEvents.event}, ${caseEvents.at}) from ${caseEvents} where ${caseEvents.caseId} = ${cases.id})`,
    })
    .from(cases)
    .where(where)
    .orderBy(asc(cases.openedAt), asc(cases.id));
  const result: LoadedCase[] = [];
  for (const row of rows) {
    const c = {
      centre: row.centre as Centre,
      id: row.id,
      orgId: row.orgId,
      demo: filter.demo,
      events: row.events ?? {},
      attributes: row.attributes,
    } as CentreCase;
    const referenceMs = caseReferenceMs(c) ?? row.openedAt.getTime();
    if (referenceMs >= startMs && referenceMs < endMs) {
      result.push({ c, patientId: row.patientId, referenceMs });
    }
  }
  return result;
}

/**
 * How many real and demo cases the scope holds (any period), to offer the demo/real switch.
 * @example await availableCases(db, scope) // { real: 0, demo: 3387 }
 */
export async function availableCases(
  db: DbOrTx,
  scope: CaseScope,
): Promise<{ real: number; demo: number }> {
  const rows = await db
    .select({ demo: cases.demo, n: count() })
    .from(cases)
    .where(scopeCondition(scope))
    .groupBy(cases.demo);
  return {
    real: rows.find((row) => !row.demo)?.n ?? 0,
    demo: rows.find((row) => row.demo)?.n ?? 0,
  };
}

/** An organisation's names, kind and parent, as the answers list them. */
export interface OrgInfo {
  id: string;
  name: { zh: string; en: string; bo: string | null };
  kind: string;
  parentId: string | null;
}

/**
 * Names of the organisations `ids`, ordered hub-first (by kind), then by Chinese name.
 * @example await orgInfos(db, ['<hub>', '<county>'])
 */
export async function orgInfos(db: DbOrTx, ids: readonly string[]): Promise<OrgInfo[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
  const rank = (kind: string): number => (orgKinds as readonly string[]).indexOf(kind);
  return rows
    .map((row) => ({
      id: row.id,
      name: { zh: row.nameZh, en: row.nameEn, bo: row.nameBo },
      kind: row.kind,
      parentId: row.parentId,
    }))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.zh.localeCompare(b.name.zh, 'zh'));
}
