import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { orgGrants, organisations } from '../db/schema/index.js';

/** Deepest organisation tree walked upwards (region → prefecture → county → township → village). */
const maxDepth = 10;

/** An organisation on the way from a study's organisation up to the root, nearest first. */
export interface ChainLink {
  id: string;
  kind: string;
}

/**
 * Picks the hub of a green channel: the nearest prefecture hospital above (or at) the study's
 * organisation that the study is routed to (an active `ecg` grant, or the organisation itself);
 * else the first prefecture the study is routed to; else the nearest prefecture above it; else
 * none. Pure, so the rule is tested on its own.
 * @param chain the study's organisation and its ancestors, nearest first.
 * @param routedPrefectures ids of prefecture hospitals the study's organisation grants `ecg` to.
 * @example chooseHub([{ id: 'c', kind: 'county' }, { id: 'h', kind: 'prefecture' }], ['h']) // 'h'
 */
export function chooseHub(
  chain: readonly ChainLink[],
  routedPrefectures: readonly string[],
): string | null {
  const prefectures = chain.filter((link) => link.kind === 'prefecture').map((link) => link.id);
  const self = chain[0]?.id;
  const routedAncestor = prefectures.find((id) => id === self || routedPrefectures.includes(id));
  return routedAncestor ?? routedPrefectures[0] ?? prefectures[0] ?? null;
}

/** The organisation `orgId` and its ancestors, nearest first. */
async function ancestorChain(db: DbOrTx, orgId: string): Promise<ChainLink[]> {
  const result: unknown = await db.execute(sql`
    with recursive chain(id, parent_id, kind, depth) as (
      select id, parent_id, kind, 0 from organisations where id = ${orgId}
      union all
      select o.id, o.parent_id, o.kind, c.depth + 1
      from organisations o join chain c on o.id = c.parent_id
      where c.depth < ${maxDepth}
    )
    select id, kind from chain order by depth`);
  // Both drivers answer raw SQL with `{ rows }`; drizzle's shared base type cannot say so.
  return (result as { rows: ChainLink[] }).rows;
}

/**
 * The hub whose chest-pain centre takes a STEMI found on an ECG of `studyOrgId` (the county's
 * prefecture hospital, where its ECGs are routed), or null when there is none.
 * @example const hubId = await greenChannelHub(tx, countyId); // Xigaze People's Hospital
 */
export async function greenChannelHub(db: DbOrTx, studyOrgId: string): Promise<string | null> {
  const chain = await ancestorChain(db, studyOrgId);
  const routed = await db
    .select({ id: organisations.id })
    .from(orgGrants)
    .innerJoin(organisations, eq(organisations.id, orgGrants.toOrgId))
    .where(
      and(
        eq(orgGrants.fromOrgId, studyOrgId),
        eq(orgGrants.scope, 'ecg'),
        isNull(orgGrants.revokedAt),
        inArray(organisations.kind, ['prefecture']),
      ),
    )
    .orderBy(organisations.code);
  return chooseHub(
    chain,
    routed.map((row) => row.id),
  );
}
