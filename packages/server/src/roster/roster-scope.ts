import { GesangError } from '@gesang/domain';
import type { AuthContext } from '../auth/auth-context.js';
import type { DbOrTx } from '../db/database.js';
import { rosterShifts } from '../db/schema/index.js';
import { managedOrgIds } from '../orgs/scope.js';
import { routedSources, routingTargets } from './routing.js';

/**
 * The reading organisations whose duty the caller may look at, each with the organisations whose
 * ECGs are routed to it: those they administer, the one they act for, and where its own ECGs go
 * (a county desk sees who reads its ECGs tonight). Only organisations that keep a roster or
 * receive ECGs are listed. With `orgId`, just that one (403 when outside).
 */
export async function rosterOrgIds(
  db: DbOrTx,
  auth: AuthContext,
  orgId: string | undefined,
): Promise<{ orgIds: string[]; sources: Map<string, string[]> }> {
  const sources = await routedSources(db);
  const kept = await db.selectDistinct({ orgId: rosterShifts.orgId }).from(rosterShifts);
  const relevant = new Set([...sources.keys(), ...kept.map((k) => k.orgId)]);
  const managed = await managedOrgIds(db, auth);
  let visible: Set<string>;
  if (managed === 'all') {
    visible = relevant;
  } else {
    visible = new Set(managed);
    if (auth.activeOrgId !== null) {
      visible.add(auth.activeOrgId);
      for (const target of await routingTargets(db, auth.activeOrgId)) {
        visible.add(target.orgId);
      }
    }
  }
  if (orgId !== undefined) {
    if (!visible.has(orgId)) {
      throw GesangError.forbidden('That organisation’s roster is outside what you may see');
    }
    return { orgIds: [orgId], sources };
  }
  return { orgIds: [...visible].filter((id) => relevant.has(id)).sort(), sources };
}
