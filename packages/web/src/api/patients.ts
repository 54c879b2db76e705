/** Patient endpoints (`/api/patients`). */
import type { CreatePatientBody, CreatePatientResult, Patient } from '@gesang/domain';
import { request, withQuery } from './client.js';

/** A page of patients. */
export interface PatientPage {
  items: Patient[];
  total: number;
}

/**
 * Search patients. `q` matches names in Chinese, Tibetan or pinyin; `identifier` matches an
 * identifier (resident ID, MRN, ...) exactly.
 */
export function searchPatients(query: {
  q?: string | undefined;
  identifier?: string | undefined;
  limit?: number;
  offset?: number;
}): Promise<PatientPage> {
  return request<PatientPage>('GET', withQuery('/api/patients', { ...query }));
}

/** Register a patient; the answer lists likely duplicates the server found. */
export function createPatient(body: CreatePatientBody): Promise<CreatePatientResult> {
  return request<CreatePatientResult>('POST', '/api/patients', body);
}

/** One patient. */
export function fetchPatient(id: string): Promise<Patient> {
  return request<Patient>('GET', `/api/patients/${encodeURIComponent(id)}`);
}

/** Fields of {@link updatePatient}; `null` clears a name or the birth date. */
export interface PatientPatch {
  nameZh?: string | null;
  nameBo?: string | null;
  namePinyin?: string | null;
  sex?: Patient['sex'];
  birthDate?: string | null;
}

/** Correct a patient's names, sex or birth date. */
export function updatePatient(id: string, patch: PatientPatch): Promise<Patient> {
  return request<Patient>('PATCH', `/api/patients/${encodeURIComponent(id)}`, patch);
}
