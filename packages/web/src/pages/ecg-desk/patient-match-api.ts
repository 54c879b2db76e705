/**
 * The study-patient endpoints the desk's patient block uses (`/api/ecg/studies/{id}/patient…`).
 * They live beside the block: the rest of the desk never calls them.
 */
import type {
  PatientCandidate,
  PutStudyPatientBody,
  PutStudyPatientResult,
  StudyPatient,
} from '@gesang/domain';
import { request, withQuery } from '../../api/client.js';

const path = (id: string, rest: string): string =>
  `/api/ecg/studies/${encodeURIComponent(id)}${rest}`;

/**
 * The study's patient block: what the file says, the linked registered patient, whether the
 * signed-in user may change it, and who changed it when.
 * @example const view = await fetchStudyPatient(studyId);
 */
export function fetchStudyPatient(id: string): Promise<StudyPatient> {
  return request<StudyPatient>('GET', path(id, '/patient'));
}

/**
 * Link the study to a registered patient (`patientId`) or register/match corrected details
 * (`patient`); `reason` once the report is signed.
 * @throws ApiError 409 `duplicate_identifier` (field under `body.patient`, `details.patientId`
 *   when that patient is visible), 404 for a patient not visible, 400 naming the field.
 */
export function putStudyPatient(
  id: string,
  body: PutStudyPatientBody,
): Promise<PutStudyPatientResult> {
  return request<PutStudyPatientResult>('PUT', path(id, '/patient'), body);
}

/**
 * Registered patients who may be the one in the file, strongest match first; `q` adds a search
 * by name (any script) or identifier.
 * @example const { items } = await fetchPatientCandidates(studyId, '扎西');
 */
export function fetchPatientCandidates(
  id: string,
  q?: string,
): Promise<{ items: PatientCandidate[] }> {
  return request('GET', withQuery(path(id, '/patient-candidates'), { q }));
}
