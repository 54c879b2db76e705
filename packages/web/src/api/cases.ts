/**
 * The five centres' case endpoints (`/api/cases…`): the coordinator's live board, one case with
 * its history, recording and correcting events, attributes, closing, linking an ECG and
 * acknowledging a green channel. Payload types come from `@gesang/domain`.
 */
import type {
  CaseAcknowledgement,
  CaseDetail,
  CaseSummary,
  CorrectCaseEventBody,
  OpenCaseBody,
  RecordCaseEventBody,
  UpdateCaseAttributesBody,
} from '@gesang/domain';
import { request, withQuery } from './client.js';

/** Filters of the case list (`status: 'open'` is the live board; `demo` never mixes with real). */
export interface CaseListFilter {
  centre?: CaseSummary['centre'];
  status?: CaseSummary['status'];
  /** Opened at or after / before, ISO instants. */
  from?: string;
  to?: string;
  demo?: boolean;
  studyId?: string;
  limit?: number;
  offset?: number;
}

const casePath = (id: string, rest = ''): string => `/api/cases/${encodeURIComponent(id)}${rest}`;

/**
 * The acting organisation's cases with running clocks and flags (open first).
 * @example const { items } = await listCases({ status: 'open', centre: 'chest_pain' });
 */
export function listCases(filter: CaseListFilter = {}): Promise<{ items: CaseSummary[] }> {
  return request('GET', withQuery('/api/cases', { ...filter }));
}

/** One case: events with their sources, history, flags and linked ECGs. */
export function fetchCase(id: string): Promise<CaseDetail> {
  return request('GET', casePath(id));
}

/** Opens a case by hand at the acting organisation. */
export function openCase(body: OpenCaseBody): Promise<CaseDetail> {
  return request('POST', '/api/cases', body);
}

/**
 * Records one event; without `at` the server records now ("one tap").
 * @example await recordCaseEvent(id, { event: 'door' });
 */
export function recordCaseEvent(id: string, body: RecordCaseEventBody): Promise<CaseDetail> {
  return request('POST', casePath(id, '/events'), body);
}

/** Corrects the time of a recorded event, with a reason (the old time stays in the history). */
export function correctCaseEvent(
  id: string,
  event: string,
  body: CorrectCaseEventBody,
): Promise<CaseDetail> {
  return request('PATCH', casePath(id, `/events/${encodeURIComponent(event)}`), body);
}

/** Removes an event recorded by mistake, with a reason (kept in the history). */
export function removeCaseEvent(id: string, event: string, reason: string): Promise<CaseDetail> {
  return request('DELETE', casePath(id, `/events/${encodeURIComponent(event)}`), { reason });
}

/** Sets and removes attributes of a case. */
export function updateCaseAttributes(
  id: string,
  body: UpdateCaseAttributesBody,
): Promise<CaseDetail> {
  return request('PATCH', casePath(id, '/attributes'), body);
}

/** Closes an open case. */
export function closeCase(id: string): Promise<CaseDetail> {
  return request('POST', casePath(id, '/close'), {});
}

/** Links an ECG study the caller may see to a case. */
export function linkCaseStudy(id: string, studyId: string): Promise<CaseDetail> {
  return request('POST', casePath(id, '/studies'), { studyId });
}

/** Acknowledges a case (the green channel); the first acknowledgement is kept. */
export function acknowledgeCase(id: string): Promise<CaseAcknowledgement> {
  return request('POST', casePath(id, '/acknowledge'), {});
}
