import type { DurationPercentiles, SlaFigures } from '@gesang/domain';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { statsStudyCondition, type StatsFilter } from './study-filter.js';

/** Which grouping a row of {@link slaFigureRows} belongs to. */
export type SlaGrouping = 'overall' | 'county' | 'reader' | 'month';

/** One group's figures with its key. */
export interface SlaFigureRow {
  grouping: SlaGrouping;
  /** Organisation id, reader id (null: nobody holds the studies) or `YYYY-MM`; null overall. */
  key: string | null;
  figures: SlaFigures;
}

/** The raw row of the query (counts are cast to int, percentiles are float8[] of 3). */
interface RawRow {
  grouping_bits: number;
  org_id: string | null;
  reader_id: string | null;
  month: string | null;
  studies: number;
  signed: number;
  critical: number;
  critical_judged: number;
  critical_within: number;
  claim_n: number;
  claim_p: number[] | null;
  sign_n: number;
  sign_p: number[] | null;
  breaches: number;
  breaches_unclaimed: number;
  breaches_claimed: number;
}

/**
 * `grouping(org_id, reader_id, month)`: one bit per column left out of the group, the first
 * column the highest bit.
 */
const groupingByBits: Record<number, SlaGrouping> = {
  7: 'overall',
  3: 'county',
  5: 'reader',
  6: 'month',
};

function percentiles(n: number, values: number[] | null): DurationPercentiles {
  const [medianS = null, p90S = null, p99S = null] = n === 0 || values === null ? [] : values;
  return { n, medianS, p90S, p99S };
}

function toFigures(row: RawRow): SlaFigures {
  return {
    studies: row.studies,
    signed: row.signed,
    critical: row.critical,
    criticalJudged: row.critical_judged,
    criticalWithinSla: row.critical_within,
    criticalWithinSlaShare:
      row.critical_judged === 0 ? null : row.critical_within / row.critical_judged,
    timeToClaim: percentiles(row.claim_n, row.claim_p),
    timeToSign: percentiles(row.sign_n, row.sign_p),
    breaches: {
      total: row.breaches,
      unclaimed: row.breaches_unclaimed,
      claimedNotSigned: row.breaches_claimed,
    },
  };
}

/**
 * SLA figures of the filtered studies, overall and by sending organisation, by reader and by
 * month of receipt, in one pass (`GROUPING SETS`). Per study:
 * - time to claim = first claim (the earliest `claimed` event, or the claim on the row if no
 *   event says so) − receipt, so a study released and claimed again keeps its first pick-up;
 * - time to sign = signature − receipt (receipt: the county pressed send, the SLA's start);
 * - reader = the signer, else the reader holding the claim, else none;
 * - a critical study is judged when signed or when its SLA (`slaMinutesCritical`) has passed by
 *   `now`; it is within the SLA when signed at most that long after receipt (equal counts).
 * Percentiles are PostgreSQL's `percentile_disc`, which takes the value at rank ⌈p·n⌉: the
 * nearest-rank method, the same on PGlite and PostgreSQL.
 * @param now the current instant (the configured clock).
 * @param slaMinutesCritical minutes from receipt to signature for a critical ECG (config).
 * @example const rows = await slaFigureRows(db, filter, new Date(), 10);
 */
export async function slaFigureRows(
  db: DbOrTx,
  filter: StatsFilter,
  now: Date,
  slaMinutesCritical: number,
): Promise<SlaFigureRow[]> {
  const sla = sql`(${slaMinutesCritical}::int * interval '1 minute')`;
  const result: unknown = await db.execute(sql`
    with base as (
      select
        ecg_studies.org_id,
        coalesce(ecg_studies.signed_by, ecg_studies.claimed_by) as reader_id,
        to_char(ecg_studies.received_at at time zone ${filter.timeZone}, 'YYYY-MM') as month,
        ecg_studies.triage_level = 'critical' as critical,
        ecg_studies.signed_at is not null as signed,
        ecg_studies.signed_at is null
          and ecg_studies.received_at + ${sla} < ${now.toISOString()}::timestamptz as overdue,
        ecg_studies.signed_at <= ecg_studies.received_at + ${sla} as within_sla,
        extract(epoch from least(ecg_studies.claimed_at, first_claim.at)
          - ecg_studies.received_at)::float8 as claim_s,
        extract(epoch from ecg_studies.signed_at - ecg_studies.received_at)::float8 as sign_s,
        ecg_sla_breaches.cause
      from ecg_studies
      left join lateral (
        select min(e.at) as at from ecg_study_events e
        where e.study_id = ecg_studies.id and e.kind = 'claimed'
      ) first_claim on true
      left join ecg_sla_breaches on ecg_sla_breaches.study_id = ecg_studies.id
      where ${statsStudyCondition(filter)}
    )
    select
      grouping(org_id, reader_id, month)::int as grouping_bits,
      org_id, reader_id, month,
      count(*)::int as studies,
      count(*) filter (where signed)::int as signed,
      count(*) filter (where critical)::int as critical,
      count(*) filter (where critical and (signed or overdue))::int as critical_judged,
      count(*) filter (where critical and within_sla)::int as critical_within,
      count(claim_s)::int as claim_n,
      percentile_disc(array[0.5, 0.9, 0.99]::float8[]) within group (order by claim_s) as claim_p,
      count(sign_s)::int as sign_n,
      percentile_disc(array[0.5, 0.9, 0.99]::float8[]) within group (order by sign_s) as sign_p,
      count(cause)::int as breaches,
      count(*) filter (where cause = 'unclaimed')::int as breaches_unclaimed,
      count(*) filter (where cause = 'claimed_not_signed')::int as breaches_claimed
    from base
    group by grouping sets ((), (org_id), (reader_id), (month))`);
  // Both drivers answer raw SQL with `{ rows }`; drizzle's shared base type cannot say so.
  const rows = (result as { rows: RawRow[] }).rows;
  return rows.flatMap((row): SlaFigureRow[] => {
    const grouping = groupingByBits[row.grouping_bits];
    if (grouping === undefined) {
      return [];
    }
    const key = { overall: null, county: row.org_id, reader: row.reader_id, month: row.month }[
      grouping
    ];
    return [{ grouping, key, figures: toFigures(row) }];
  });
}
