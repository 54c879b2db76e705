/** Audit-log search (`/api/audit`), for administrators. */
import type { AuditEntry } from '@gesang/domain';
import { request, withQuery } from './client.js';

/** A page of audit entries, newest first. */
export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

/** Filters of {@link searchAudit}; `from`/`to` are ISO date-times with offset. */
export interface AuditQuery {
  actorUsername?: string | undefined;
  action?: string | undefined;
  patientId?: string | undefined;
  outcome?: AuditEntry['outcome'] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

/** Search the audit log. */
export function searchAudit(query: AuditQuery): Promise<AuditPage> {
  return request<AuditPage>('GET', withQuery('/api/audit', { ...query }));
}
