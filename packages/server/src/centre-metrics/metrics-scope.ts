import { GesangError } from '@gesang/domain';
import type { FastifyRequest } from 'fastify';
import { requireAuth, type AuthContext } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { subtreeOrgIds } from '../orgs/scope.js';

/** Organisations whose cases a caller's analytics count: every one, or these ids. */
export type CaseScope = 'all' | readonly string[];

/** The caller and the organisations their analytics may count. */
export interface MetricsCaller {
  auth: AuthContext;
  scope: CaseScope;
}

/**
 * Who may see the five centres' analytics, and over which cases:
 * - `case:manage` (the hub's chest-pain coordinator, a county doctor): the acting organisation's
 *   cases and those of every organisation below it (a hub sees its county hospitals' cases);
 * - `audit:read` (administrators, who oversee quality without treating patients): the same
 *   subtree for an organisation administrator, every organisation for a consortium administrator.
 * A route declares one permission, so this either-or is checked here and a refusal audited as the
 * auth hook audits one.
 * @throws GesangError 403 without an acting organisation or either permission.
 * @example const { scope } = await metricsCaller(request); // ['<hub>', '<county A>', …]
 */
export async function metricsCaller(request: FastifyRequest): Promise<MetricsCaller> {
  const auth = requireAuth(request);
  const { db } = request.server.database;
  if (!auth.permissions.has('case:manage') && !auth.permissions.has('audit:read')) {
    await writeAudit(db, request, {
      action: 'access.denied',
      outcome: 'denied',
      details: {
        route: request.routeOptions.url,
        method: request.method,
        permission: 'case:manage|audit:read',
      },
    });
    throw GesangError.forbidden('Your roles here allow neither case:manage nor audit:read');
  }
  if (auth.activeOrgId === null) {
    throw GesangError.forbidden('Choose an organisation to act for first');
  }
  if (auth.roles.includes('consortium_admin')) {
    return { auth, scope: 'all' };
  }
  return { auth, scope: await subtreeOrgIds(db, auth.activeOrgId) };
}

/**
 * Checks that an organisation asked for by id is in scope; one outside it answers 404 exactly as
 * an unknown id (ids cannot be probed across hospitals).
 * @param field the query field, for the error.
 */
export function assertOrgInScope(scope: CaseScope, orgId: string, field: string): void {
  if (scope !== 'all' && !scope.includes(orgId)) {
    throw new GesangError(404, 'not_found', 'Organisation not found', { field });
  }
}
