import type { EcgTriageLevel } from '@gesang/domain';
import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { ecgStudies } from '../db/schema/index.js';
import type { StatsPeriod } from './period.js';

/** Which studies a statistics request counts. */
export interface StatsFilter {
  /** Organisations whose studies the caller may see (`ecgScope`); never empty here. */
  scope: readonly string[];
  period: StatsPeriod;
  /** IANA zone of the period's calendar days. */
  timeZone: string;
  /** One triage level only, or all. */
  triage: EcgTriageLevel | null;
}

/**
 * The condition on `ecg_studies` for a statistics request: in scope, analysed (a triage level was
 * set; files the engine refused never reach a reader), and received from local midnight of
 * `from` up to, not including, local midnight after `to`. Converting the local days to instants
 * in SQL (`timestamp at time zone`) keeps the zone's rules in one place, the database's.
 * @example db.select().from(ecgStudies).where(statsStudyCondition(filter))
 */
export function statsStudyCondition(filter: StatsFilter): SQL {
  const { period, timeZone } = filter;
  const condition = and(
    inArray(ecgStudies.orgId, [...filter.scope]),
    isNotNull(ecgStudies.triageLevel),
    sql`${ecgStudies.receivedAt} >= (${period.from}::date::timestamp at time zone ${timeZone})`,
    sql`${ecgStudies.receivedAt} < ((${period.to}::date + 1)::timestamp at time zone ${timeZone})`,
    filter.triage === null ? undefined : eq(ecgStudies.triageLevel, filter.triage),
  );
  // `and` of defined conditions is never undefined; the fallback only satisfies the type.
  return condition ?? sql`false`;
}
