import {
  normalizePinyin,
  patientCandidateReasons,
  type PatientCandidateReason,
} from '@gesang/domain';
import { and, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { patientIdentifiers, patients } from '../db/schema/index.js';
import { editDistance } from '../patients/patient-names.js';
import { tibetanNameKey, type FilePatientProbe } from './study-patient-probe.js';

/** At most this many candidates are answered (the strongest). */
const maxCandidates = 20;

/** The columns a match needs. */
type PatientRow = Pick<
  typeof patients.$inferSelect,
  'id' | 'nameZh' | 'namePinyin' | 'sex' | 'birthDate' | 'pinyinKey'
>;

const rowColumns = {
  id: patients.id,
  nameZh: patients.nameZh,
  namePinyin: patients.namePinyin,
  sex: patients.sex,
  birthDate: patients.birthDate,
  pinyinKey: patients.pinyinKey,
};

/** `value` as a LIKE pattern matching itself literally. */
const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Patients holding an identifier (any system or organisation) with one of `values`. */
function identifierCondition(values: string[]): SQL {
  return inArray(
    patients.id,
    sql`(select ${patientIdentifiers.patientId} from ${patientIdentifiers} where ${inArray(patientIdentifiers.value, values)})`,
  );
}

/** A name-based reason for a patient whose name equals the file's, by what the dates say. */
function nameReason(row: PatientRow, probe: FilePatientProbe): PatientCandidateReason | null {
  if (probe.birthDate !== null && row.birthDate === probe.birthDate) {
    return 'name_birth_date';
  }
  const range = probe.birthDateRange;
  if (
    range !== null &&
    row.birthDate !== null &&
    row.birthDate >= range.from &&
    row.birthDate <= range.to
  ) {
    return 'name_age';
  }
  const datesDisagree = row.birthDate !== null && (probe.birthDate !== null || range !== null);
  return datesDisagree ? null : 'name';
}

/** Candidates by what the file says, each with its reasons (before the sex check). */
async function fromFile(
  db: Db,
  visible: SQL | undefined,
  probe: FilePatientProbe,
  studyOrgId: string,
): Promise<Map<string, { row: PatientRow; reasons: Set<PatientCandidateReason> }>> {
  const found = new Map<string, { row: PatientRow; reasons: Set<PatientCandidateReason> }>();
  const add = (row: PatientRow, reason: PatientCandidateReason): void => {
    const entry = found.get(row.id) ?? { row, reasons: new Set() };
    entry.reasons.add(reason);
    found.set(row.id, entry);
  };
  if (probe.identifierValues.length > 0) {
    const rows = await db
      .select({ ...rowColumns, system: patientIdentifiers.system })
      .from(patients)
      .innerJoin(patientIdentifiers, eq(patientIdentifiers.patientId, patients.id))
      .where(
        and(
          visible,
          inArray(patientIdentifiers.value, probe.identifierValues),
          // Another hospital's MRN with the same number is another patient's.
          or(ne(patientIdentifiers.system, 'mrn'), eq(patientIdentifiers.orgId, studyOrgId)),
        ),
      );
    for (const { system, ...row } of rows) {
      add(row, system === 'resident-id' ? 'resident_id' : system === 'mrn' ? 'mrn' : 'identifier');
    }
  }
  const names = [
    probe.nameZh === null ? undefined : eq(patients.nameZh, probe.nameZh),
    probe.pinyinKey === null ? undefined : eq(patients.pinyinKey, probe.pinyinKey),
    probe.nameBo === null
      ? undefined
      : sql`regexp_replace(${patients.nameBo}, '[་།༎[:space:]]+$', '') = ${probe.nameBo}`,
  ].filter((c) => c !== undefined);
  if (names.length > 0) {
    for (const row of await db
      .select(rowColumns)
      .from(patients)
      .where(and(visible, or(...names)))
      .limit(200)) {
      const reason = nameReason(row, probe);
      if (reason !== null) {
        add(row, reason);
      }
    }
  }
  if (probe.birthDate !== null && (probe.nameZh !== null || probe.pinyinKey !== null)) {
    const sameDay = await db
      .select(rowColumns)
      .from(patients)
      .where(and(visible, eq(patients.birthDate, probe.birthDate)))
      .limit(500);
    for (const row of sameDay) {
      const near = (a: string | null, b: string | null): boolean =>
        a !== null && b !== null && editDistance(a, b, 1) === 1;
      if (near(row.pinyinKey, probe.pinyinKey) || near(row.nameZh, probe.nameZh)) {
        add(row, 'similar_name_birth_date');
      }
    }
  }
  return found;
}

/** Visible patients matching a typed name (any script, substring or pinyin prefix) or identifier. */
async function fromQuery(db: Db, visible: SQL | undefined, q: string): Promise<PatientRow[]> {
  const pattern = `%${escapeLike(q)}%`;
  const key = normalizePinyin(q);
  const bo = tibetanNameKey(q);
  const conditions = [
    ilike(patients.nameZh, pattern),
    ilike(patients.nameBo, `%${escapeLike(bo === '' ? q : bo)}%`),
    identifierCondition([...new Set([q, q.toUpperCase()])]),
    ...(key !== '' && /^[\p{Script=Latin}\s'’·\d-]+$/u.test(q)
      ? [sql`${patients.pinyinKey} like ${`${key}%`}`]
      : []),
  ];
  return db
    .select(rowColumns)
    .from(patients)
    .where(and(visible, or(...conditions)))
    .orderBy(patients.pinyinKey, patients.id)
    .limit(maxCandidates);
}

const rank = (reasons: Iterable<PatientCandidateReason>): number =>
  Math.min(...[...reasons].map((r) => patientCandidateReasons.indexOf(r)));

const nameBased: readonly PatientCandidateReason[] = [
  'name_birth_date',
  'name_age',
  'similar_name_birth_date',
  'name',
];

/** True when both sexes are definite and differ. */
const oppositeSex = (sex: string, probe: FilePatientProbe): boolean =>
  probe.sex !== null && (sex === 'male' || sex === 'female') && sex !== probe.sex;

/** One candidate before its record is loaded. */
export interface CandidateMatch {
  patientId: string;
  /** Strongest first, in the order of `patientCandidateReasons`. */
  reasons: PatientCandidateReason[];
}

/**
 * Registered patients who may be the one in the file, strongest first: same resident ID, same
 * MRN of the uploading organisation, another identifier; then the same name in any script with
 * the birth date, with a birth date agreeing with the file's age, a name one edit away with the
 * birth date, or the name alone when no date says otherwise. A file of the opposite sex rules
 * out the name-based reasons. `q`, when given, adds a search by name (substring, pinyin prefix)
 * or identifier (exact). At most 20.
 * @param db database handle.
 * @param visible the caller's patient-visibility condition (visiblePatientsCondition).
 * @param probe what the file says (probeOfFilePatient).
 * @param studyOrgId the uploading organisation (whose MRNs the file's id may be).
 * @param q the desk's typed search, if any.
 * @example await findCandidates(db, visible, probe, countyId, undefined)
 */
export async function findCandidates(
  db: Db,
  visible: SQL | undefined,
  probe: FilePatientProbe,
  studyOrgId: string,
  q: string | undefined,
): Promise<CandidateMatch[]> {
  const found = await fromFile(db, visible, probe, studyOrgId);
  for (const entry of found.values()) {
    if (oppositeSex(entry.row.sex, probe)) {
      nameBased.forEach((reason) => entry.reasons.delete(reason));
    }
  }
  for (const row of q === undefined ? [] : await fromQuery(db, visible, q)) {
    const entry = found.get(row.id) ?? { row, reasons: new Set<PatientCandidateReason>() };
    entry.reasons.add('search');
    found.set(row.id, entry);
  }
  return [...found.values()]
    .filter((e) => e.reasons.size > 0)
    .sort(
      (a, b) =>
        rank(a.reasons) - rank(b.reasons) ||
        (a.row.pinyinKey ?? '').localeCompare(b.row.pinyinKey ?? '') ||
        a.row.id.localeCompare(b.row.id),
    )
    .slice(0, maxCandidates)
    .map((e) => ({
      patientId: e.row.id,
      reasons: patientCandidateReasons.filter((r) => e.reasons.has(r)),
    }));
}
