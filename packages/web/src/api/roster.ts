/**
 * The readers' duty roster (`/api/ecg/roster/...`): shifts of one reading organisation, who is on
 * duty now, and the hours of a week nobody covers. Times are local `HH:MM` in the consortium's
 * time zone (the answers name it); a shift whose end is at or before its start ends the next day.
 */
import type { Coverage, CreateShiftBody, OnDuty, Shift, UpdateShiftBody } from '@gesang/domain';
import { request, withQuery } from './client.js';

/**
 * The shifts (weekly and one-off) of one organisation; its members and administrators only.
 * @param orgId the reading organisation.
 * @example const shifts = await listShifts(hubId);
 */
export async function listShifts(orgId: string): Promise<Shift[]> {
  const page = await request<{ items: Shift[] }>(
    'GET',
    withQuery('/api/ecg/roster/shifts', { orgId }),
  );
  return page.items;
}

/**
 * Add a shift (`org:manage` in that organisation). The body is checked again by the server:
 * exactly one of `weekday` (1 Monday … 7 Sunday) and `date` (`YYYY-MM-DD`), start ≠ end.
 * @example await createShift({ orgId, userId, role: 'primary', onCallCardiologist: false,
 *   weekday: 3, date: null, startTime: '20:00', endTime: '08:00', note: null });
 */
export function createShift(body: CreateShiftBody): Promise<Shift> {
  return request<Shift>('POST', '/api/ecg/roster/shifts', body);
}

/**
 * Change any field of a shift but its organisation (`org:manage` there).
 * @example await updateShift(id, { endTime: '09:00' });
 */
export function updateShift(id: string, patch: UpdateShiftBody): Promise<Shift> {
  return request<Shift>('PATCH', `/api/ecg/roster/shifts/${encodeURIComponent(id)}`, patch);
}

/**
 * Remove a shift (`org:manage` there).
 * @example await deleteShift(id);
 */
export async function deleteShift(id: string): Promise<void> {
  await request('DELETE', `/api/ecg/roster/shifts/${encodeURIComponent(id)}`);
}

/**
 * Who is on duty now at every reading organisation the caller may look at (their own, those they
 * administer, and where their organisation's ECGs go).
 * @example const { items } = await fetchOnDuty();
 */
export function fetchOnDuty(): Promise<OnDuty> {
  return request<OnDuty>('GET', '/api/ecg/roster/on-duty');
}

/**
 * The uncovered hours of one week per routing target, with the organisations routed to each.
 * @param week any local date `YYYY-MM-DD` of the week; omitted: this week.
 * @example const { weekStart, targets } = await fetchCoverage('2025-03-05');
 */
export function fetchCoverage(week?: string): Promise<Coverage> {
  return request<Coverage>('GET', withQuery('/api/ecg/roster/coverage', { week }));
}
