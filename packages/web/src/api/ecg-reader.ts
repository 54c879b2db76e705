/**
 * The reader's ECG endpoints (`/api/ecg/worklist`, `/api/ecg/studies/{id}` and its claim, release,
 * sign, amend, report versions and original file). Live events come over Server-Sent Events
 * (`/api/ecg/events`), opened by the reader pages themselves.
 */
import type {
  AmendStudyBody,
  ReportVersion,
  SignStudyBody,
  Study,
  StudySummary,
} from '@gesang/domain';
import { ApiError, request, withQuery } from './client.js';

const studyPath = (id: string, rest = ''): string =>
  `/api/ecg/studies/${encodeURIComponent(id)}${rest}`;

/**
 * The reader's worklist: analysed or claimed unsigned studies the acting organisation may read,
 * critical first, then urgent, then routine, each level longest-waiting first.
 * @param limit at most this many rows (1–500).
 * @example const { items } = await fetchWorklist();
 */
export function fetchWorklist(limit = 200): Promise<{ items: StudySummary[] }> {
  return request('GET', withQuery('/api/ecg/worklist', { limit }));
}

/** One whole study: status, triage, analysis, record summary, timestamps and latest report. */
export function fetchStudy(id: string): Promise<Study> {
  return request<Study>('GET', studyPath(id));
}

/** Every signed version of a study's report, newest first. */
export function fetchReportVersions(id: string): Promise<{ items: ReportVersion[] }> {
  return request('GET', studyPath(id, '/reports'));
}

/**
 * Claim a study to read it. Exactly one reader wins; the others get ApiError 409 `conflict` whose
 * `details.claimedBy` names the holder. Claiming one's own study again succeeds.
 */
export function claimStudy(id: string): Promise<StudySummary> {
  return request<StudySummary>('POST', studyPath(id, '/claim'));
}

/** Hand a study one holds back to the worklist. */
export function releaseStudy(id: string): Promise<StudySummary> {
  return request<StudySummary>('POST', studyPath(id, '/release'));
}

/** Sign version 1 of the report of a study one holds. */
export function signStudy(id: string, body: SignStudyBody): Promise<Study> {
  return request<Study>('POST', studyPath(id, '/sign'), body);
}

/** Add a new report version to a signed study, with the reason for the change. */
export function amendStudy(id: string, body: AmendStudyBody): Promise<Study> {
  return request<Study>('POST', studyPath(id, '/amend'), body);
}

/**
 * The study's original file, byte for byte as the county uploaded it.
 * @param id the study id.
 * @param signal aborts the download (the reader moved on to another study).
 * @returns the bytes.
 * @throws ApiError (`not_found`, `network`, …) when the file cannot be fetched.
 */
export async function fetchStudyFile(id: string, signal?: AbortSignal): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(studyPath(id, '/file'), {
      credentials: 'same-origin',
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'network error');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as {
      code?: ApiError['code'];
      message?: string;
    } | null;
    throw new ApiError(
      response.status,
      problem?.code ?? (response.status >= 502 ? 'network' : 'unknown'),
      problem?.message ?? `HTTP ${response.status}`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}
