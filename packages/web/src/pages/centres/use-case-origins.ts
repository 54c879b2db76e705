/**
 * Who a case is about and where it came from: the registered patient (when the case names one
 * the coordinator may read) and the ECG that opened the green channel (its county and the
 * patient as the cart recorded them). Each is fetched once per page load and shared by the board
 * and the case page, so a refresh every 10 s does not fetch (and audit) them again.
 */
import type { CaseSummary, Patient, Study } from '@gesang/domain';
import { useEffect, useMemo, useState } from 'react';
import { fetchStudy } from '../../api/ecg-reader.js';
import { fetchPatient } from '../../api/patients.js';

/** What is known of a case's patient and origin. */
export interface CaseOrigin {
  /** The registered patient, or null (none, not readable here, or not loaded yet). */
  patient: Patient | null;
  /** The ECG that opened the case, or null. */
  sourceStudy: Study | null;
}

const patients = new Map<string, Promise<Patient | null>>();
const studies = new Map<string, Promise<Study | null>>();

function once<T>(
  cache: Map<string, Promise<T | null>>,
  id: string,
  load: () => Promise<T>,
): Promise<T | null> {
  let pending = cache.get(id);
  if (pending === undefined) {
    // A failure (e.g. a patient of another county without a grant) answers null; the next page
    // load asks again.
    pending = load().catch(() => null);
    cache.set(id, pending);
  }
  return pending;
}

type CaseRef = Pick<CaseSummary, 'id' | 'patientId' | 'sourceStudyId'>;

/**
 * The patient and source ECG of each case, as they arrive.
 * @param cases the cases shown.
 * @returns case id → origin (missing while loading).
 * @example const origins = useCaseOrigins(board.cases); origins.get(id)?.sourceStudy?.orgName
 */
export function useCaseOrigins(cases: readonly CaseRef[]): ReadonlyMap<string, CaseOrigin> {
  const [loadedPatients, setPatients] = useState<ReadonlyMap<string, Patient | null>>(new Map());
  const [loadedStudies, setStudies] = useState<ReadonlyMap<string, Study | null>>(new Map());
  const patientIds = [
    ...new Set(cases.flatMap((c) => (c.patientId === null ? [] : [c.patientId]))),
  ];
  const studyIds = [
    ...new Set(cases.flatMap((c) => (c.sourceStudyId === null ? [] : [c.sourceStudyId]))),
  ];
  const patientKey = patientIds.sort().join(',');
  const studyKey = studyIds.sort().join(',');

  useEffect(() => {
    let live = true;
    for (const id of patientKey === '' ? [] : patientKey.split(',')) {
      void once(patients, id, () => fetchPatient(id)).then(
        (patient) => live && setPatients((m) => new Map(m).set(id, patient)),
      );
    }
    return () => {
      live = false;
    };
  }, [patientKey]);

  useEffect(() => {
    let live = true;
    for (const id of studyKey === '' ? [] : studyKey.split(',')) {
      void once(studies, id, () => fetchStudy(id)).then(
        (study) => live && setStudies((m) => new Map(m).set(id, study)),
      );
    }
    return () => {
      live = false;
    };
  }, [studyKey]);

  return useMemo(() => {
    const result = new Map<string, CaseOrigin>();
    for (const c of cases) {
      result.set(c.id, {
        patient: c.patientId === null ? null : (loadedPatients.get(c.patientId) ?? null),
        sourceStudy: c.sourceStudyId === null ? null : (loadedStudies.get(c.sourceStudyId) ?? null),
      });
    }
    return result;
  }, [cases, loadedPatients, loadedStudies]);
}
