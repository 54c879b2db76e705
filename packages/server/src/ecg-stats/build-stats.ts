import type { EcgStats, SlaCountyRow, SlaFigures, SlaMonthRow, SlaReaderRow } from '@gesang/domain';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { organisations, users } from '../db/schema/index.js';
import { slaFigureRows, type SlaFigureRow } from './sla-figures.js';
import { statementAgreement } from './statement-agreement.js';
import type { StatsFilter } from './study-filter.js';

/**
 * The figures of an empty group: zero counts, no share, no percentiles.
 * @example emptyFigures().studies // 0
 */
export function emptyFigures(): SlaFigures {
  const none = { n: 0, medianS: null, p90S: null, p99S: null };
  return {
    studies: 0,
    signed: 0,
    critical: 0,
    criticalJudged: 0,
    criticalWithinSla: 0,
    criticalWithinSlaShare: null,
    timeToClaim: none,
    timeToSign: { ...none },
    breaches: { total: 0, unclaimed: 0, claimedNotSigned: 0 },
  };
}

/** Most studies first, then by `name`. */
function byStudies<T extends { figures: SlaFigures; name: string }>(a: T, b: T): number {
  return b.figures.studies - a.figures.studies || a.name.localeCompare(b.name);
}

async function countyRows(db: DbOrTx, rows: SlaFigureRow[]): Promise<SlaCountyRow[]> {
  const ids = rows.flatMap((r) => (r.key === null ? [] : [r.key]));
  const names =
    ids.length === 0
      ? []
      : await db
          .select({
            id: organisations.id,
            zh: organisations.nameZh,
            en: organisations.nameEn,
            bo: organisations.nameBo,
          })
          .from(organisations)
          .where(inArray(organisations.id, ids));
  const byId = new Map(names.map((n) => [n.id, n]));
  return rows
    .flatMap((r) => {
      const org = r.key === null ? undefined : byId.get(r.key);
      return org === undefined ? [] : [{ figures: r.figures, name: org.en, org }];
    })
    .sort(byStudies)
    .map(({ figures, org }) => ({
      ...figures,
      orgId: org.id,
      orgName: { zh: org.zh, en: org.en, bo: org.bo },
    }));
}

async function readerRows(db: DbOrTx, rows: SlaFigureRow[]): Promise<SlaReaderRow[]> {
  const ids = rows.flatMap((r) => (r.key === null ? [] : [r.key]));
  const names =
    ids.length === 0
      ? []
      : await db
          .select({ id: users.id, displayName: users.displayName })
          .from(users)
          .where(inArray(users.id, ids));
  const byId = new Map(names.map((n) => [n.id, n.displayName]));
  const named = rows
    .filter((r) => r.key !== null)
    .map((r) => ({ figures: r.figures, id: r.key ?? '', name: byId.get(r.key ?? '') ?? '' }))
    .sort(byStudies)
    .map(({ figures, id, name }) => ({ ...figures, reader: { id, displayName: name } }));
  const nobody = rows.find((r) => r.key === null);
  return nobody === undefined ? named : [...named, { ...nobody.figures, reader: null }];
}

function monthRows(months: readonly string[], rows: SlaFigureRow[]): SlaMonthRow[] {
  const byMonth = new Map(rows.map((r) => [r.key, r.figures]));
  return months.map((month) => ({ ...(byMonth.get(month) ?? emptyFigures()), month }));
}

/**
 * The statistics answer for `filter` (a non-empty scope): overall figures, the three groupings
 * with names, every month of the period, and the statement agreement.
 * @param now the current instant (the configured clock), deciding which critical studies are due.
 * @param slaMinutesCritical the critical SLA in minutes (config).
 * @example const stats = await buildStats(db, filter, new Date(), 10);
 */
export async function buildStats(
  db: DbOrTx,
  filter: StatsFilter,
  now: Date,
  slaMinutesCritical: number,
): Promise<
  Omit<
    EcgStats,
    'from' | 'to' | 'triage' | 'timeZone' | 'slaMinutesCritical' | 'criticalWithinSlaGoal'
  >
> {
  const rows = await slaFigureRows(db, filter, now, slaMinutesCritical);
  const of = (grouping: SlaFigureRow['grouping']): SlaFigureRow[] =>
    rows.filter((r) => r.grouping === grouping);
  return {
    percentileMethod: 'nearest-rank',
    overall: of('overall')[0]?.figures ?? emptyFigures(),
    byCounty: await countyRows(db, of('county')),
    byReader: await readerRows(db, of('reader')),
    byMonth: monthRows(filter.period.months, of('month')),
    agreement: await statementAgreement(db, filter),
  };
}
