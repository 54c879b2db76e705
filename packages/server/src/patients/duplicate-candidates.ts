import { and, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { patientIdentifiers, patients } from '../db/schema/index.js';
import { editDistance } from './patient-names.js';

/** Why a patient looks like another (the contract's `duplicateCandidateSchema.reasons`). */
export type DuplicateReason =
  'same_identifier' | 'same_name_birth_date' | 'similar_name_birth_date';

/** The new patient's data the comparison uses. */
export interface DuplicateProbe {
  /** The new patient's id, excluded from the candidates. */
  id: string;
  birthDate: string | null;
  nameZh: string | null;
  nameBo: string | null;
  pinyinKey: string | null;
  /** The new patient's resident ID, if any. */
  residentId: string | null;
}

/** One likely duplicate, before visibility is applied. */
export interface DuplicateMatch {
  patientId: string;
  reasons: DuplicateReason[];
}

function same(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a === b;
}

function nearlySame(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && editDistance(a, b, 1) === 1;
}

/**
 * Patients that look like the same person (no resident-ID match, which is handled by linking):
 * same birth date and the same Chinese, Tibetan or pinyin name → 'same_name_birth_date'; same
 * birth date and a pinyin key or Chinese name one edit apart → 'similar_name_birth_date'.
 * Two patients holding different valid resident IDs are different people and never match.
 * Without a birth date nothing is compared (names alone are far too common).
 * @param db database or transaction handle.
 * @param probe the new patient.
 * @returns matches ordered by id; every patient of the consortium is considered, visible or not.
 * @example await findDuplicates(tx, { id, birthDate: '1985-03-02', nameZh: '次仁卓玛', ... })
 */
export async function findDuplicates(db: DbOrTx, probe: DuplicateProbe): Promise<DuplicateMatch[]> {
  if (probe.birthDate === null) {
    return [];
  }
  const rows = await db
    .select()
    .from(patients)
    .where(and(eq(patients.birthDate, probe.birthDate), ne(patients.id, probe.id)))
    .orderBy(patients.id);
  const matches: DuplicateMatch[] = [];
  for (const row of rows) {
    if (
      same(row.nameZh, probe.nameZh) ||
      same(row.pinyinKey, probe.pinyinKey) ||
      same(row.nameBo, probe.nameBo)
    ) {
      matches.push({ patientId: row.id, reasons: ['same_name_birth_date'] });
    } else if (nearlySame(row.pinyinKey, probe.pinyinKey) || nearlySame(row.nameZh, probe.nameZh)) {
      matches.push({ patientId: row.id, reasons: ['similar_name_birth_date'] });
    }
  }
  if (probe.residentId === null || matches.length === 0) {
    return matches;
  }
  const withOtherId = await db
    .select({ patientId: patientIdentifiers.patientId })
    .from(patientIdentifiers)
    .where(
      and(
        inArray(
          patientIdentifiers.patientId,
          matches.map((m) => m.patientId),
        ),
        eq(patientIdentifiers.system, 'resident-id'),
        ne(patientIdentifiers.value, probe.residentId),
      ),
    );
  const different = new Set(withOtherId.map((r) => r.patientId));
  return matches.filter((m) => !different.has(m.patientId));
}
