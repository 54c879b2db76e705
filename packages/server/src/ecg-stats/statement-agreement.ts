import type { StatementAgreement } from '@gesang/domain';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { freeTextCode } from '../ecg/sign-study.js';
import { statsStudyCondition, type StatsFilter } from './study-filter.js';

/** The machine-versus-reader comparison of the signed studies of a request. */
export interface AgreementResult {
  signedStudies: number;
  statements: StatementAgreement[];
}

interface RawRow {
  code: string;
  agree: number;
  machine_only: number;
  reader_only: number;
}

/**
 * Most disagreements first; among equals, the lower agreement share first, then by code.
 * @example [...rows].sort(byDisagreement)
 */
export function byDisagreement(a: StatementAgreement, b: StatementAgreement): number {
  return (
    b.disagree - a.disagree ||
    a.agreementShare - b.agreementShare ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * Per statement code, over the signed studies of `filter`: the machine's statements (the
 * analysis) against the reader's latest report version (an amendment is the reader's final word),
 * each code counted once per study. Kept by the reader → `agree`; said by the machine only →
 * `machineOnly` (false positive of the machine); added by the reader only → `readerOnly` (missed
 * by the machine). The reader's free text has no code the machine could say and is left out.
 * Sorted by {@link byDisagreement}.
 * @example const { statements } = await statementAgreement(db, filter);
 */
export async function statementAgreement(
  db: DbOrTx,
  filter: StatsFilter,
): Promise<AgreementResult> {
  const result: unknown = await db.execute(sql`
    with signed as (
      select ecg_studies.id, ecg_studies.analysis
      from ecg_studies
      where ${statsStudyCondition(filter)} and ecg_studies.signed_at is not null
    ),
    machine as (
      select distinct signed.id as study_id, st ->> 'code' as code
      from signed
      cross join lateral jsonb_array_elements(
        coalesce(signed.analysis -> 'statements', '[]'::jsonb)) st
      where st ->> 'code' is not null
    ),
    latest as (
      select distinct on (r.study_id) r.study_id, r.statements
      from ecg_reports r join signed on signed.id = r.study_id
      order by r.study_id, r.version desc
    ),
    reader as (
      select distinct latest.study_id, st ->> 'code' as code
      from latest cross join lateral jsonb_array_elements(latest.statements) st
      where st ->> 'code' is not null and st ->> 'code' <> ${freeTextCode}
    )
    select
      coalesce(m.code, r.code) as code,
      count(*) filter (where m.code is not null and r.code is not null)::int as agree,
      count(*) filter (where r.code is null)::int as machine_only,
      count(*) filter (where m.code is null)::int as reader_only
    from machine m
    full join reader r on r.study_id = m.study_id and r.code = m.code
    group by 1`);
  const countResult: unknown = await db.execute(sql`
    select count(*)::int as n from ecg_studies
    where ${statsStudyCondition(filter)} and ecg_studies.signed_at is not null`);
  // Both drivers answer raw SQL with `{ rows }`; drizzle's shared base type cannot say so.
  const rows = (result as { rows: RawRow[] }).rows;
  const [counted] = (countResult as { rows: { n: number }[] }).rows;
  const statements = rows.map((row): StatementAgreement => {
    const disagree = row.machine_only + row.reader_only;
    return {
      code: row.code,
      agree: row.agree,
      machineOnly: row.machine_only,
      readerOnly: row.reader_only,
      disagree,
      agreementShare: row.agree / (row.agree + disagree),
    };
  });
  return { signedStudies: counted?.n ?? 0, statements: statements.sort(byDisagreement) };
}
