/** The reader's call for a patient's earlier ECGs (`GET /api/ecg/studies/{id}/prior`). */
import type { PriorStudies } from '@gesang/domain';
import { request } from '../../api/client.js';

/**
 * The same patient's ECGs received before this one that the reader may see, newest first, with
 * the patient they belong to (null while the study is not matched to a registered patient).
 * @example const { patient, items } = await fetchPriorStudies(studyId);
 */
export function fetchPriorStudies(id: string): Promise<PriorStudies> {
  return request<PriorStudies>('GET', `/api/ecg/studies/${encodeURIComponent(id)}/prior`);
}
