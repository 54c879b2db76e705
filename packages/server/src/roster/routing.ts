/**
 * Routing: where a county's ECGs go, and in which tier.
 *
 * Decision: the active `ecg` grants stay the one routing rule, with no separate routing table. A
 * county's ECGs go to its own organisation's readers (if it has any) and to every organisation it
 * grants `ecg` to: in the demo, the Xigaze hub, and for Lhatse and Gyantse also the Shanghai
 * reading centre. The same grant decides who may see the study (`ecgScope`), so what is routed and
 * what is visible can never drift apart. Every on-duty reader of every target sees a new study at
 * once (a critical ECG is pushed to all of them; the first claim wins): a "hub first, Shanghai
 * only later" rule would hold back the second line exactly when the first is busy, against the
 * 10-minute promise. The tier (from the organisation's kind: a `reading_centre` is the second
 * line, anything else the first) decides only who escalation alerts: the hub's on-call
 * cardiologist after the unclaimed step, the reading centre's coordinator after the unsigned one.
 * A priority table would be added if a county ever needs two targets of the same kind ordered.
 */
import type { RoutingTier } from '@gesang/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { orgGrants, organisations } from '../db/schema/index.js';

/** One organisation a study is routed to. */
export interface RoutingTarget {
  orgId: string;
  tier: RoutingTier;
  name: { zh: string; en: string; bo: string | null };
}

/**
 * The routing tier of an organisation kind.
 * @example tierOf('reading_centre') // 'reading_centre'
 */
export function tierOf(kind: string): RoutingTier {
  return kind === 'reading_centre' ? 'reading_centre' : 'hub';
}

/** Names and tiers of `orgIds`, in the given order. */
export async function describeTargets(db: DbOrTx, orgIds: string[]): Promise<RoutingTarget[]> {
  if (orgIds.length === 0) {
    return [];
  }
  const rows = await db
    .select({
      id: organisations.id,
      kind: organisations.kind,
      zh: organisations.nameZh,
      en: organisations.nameEn,
      bo: organisations.nameBo,
    })
    .from(organisations)
    .where(inArray(organisations.id, orgIds));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return orgIds.flatMap((id) => {
    const row = byId.get(id);
    return row === undefined
      ? []
      : [{ orgId: id, tier: tierOf(row.kind), name: { zh: row.zh, en: row.en, bo: row.bo } }];
  });
}

/**
 * The organisations a study of `studyOrgId` is routed to: its own, then every organisation it
 * shares its ECGs with through an active `ecg` grant.
 */
export async function routingTargets(db: DbOrTx, studyOrgId: string): Promise<RoutingTarget[]> {
  const grants = await db
    .select({ toOrgId: orgGrants.toOrgId })
    .from(orgGrants)
    .where(
      and(
        eq(orgGrants.fromOrgId, studyOrgId),
        eq(orgGrants.scope, 'ecg'),
        isNull(orgGrants.revokedAt),
      ),
    );
  const ids = [studyOrgId, ...new Set(grants.map((g) => g.toOrgId))].filter(
    (id, index, all) => all.indexOf(id) === index,
  );
  return describeTargets(db, ids);
}

/** For each organisation receiving ECGs through an active `ecg` grant: the organisations sending. */
export async function routedSources(db: DbOrTx): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ from: orgGrants.fromOrgId, to: orgGrants.toOrgId })
    .from(orgGrants)
    .where(and(eq(orgGrants.scope, 'ecg'), isNull(orgGrants.revokedAt)));
  const sources = new Map<string, string[]>();
  for (const row of rows) {
    sources.set(row.to, [...(sources.get(row.to) ?? []), row.from]);
  }
  return sources;
}
