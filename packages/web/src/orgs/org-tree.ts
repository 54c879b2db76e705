/** Turning the flat organisation list into the region → … → village tree the pages show. */
import { localize, orgKinds, type Locale, type Organisation } from '@gesang/domain';

/** An organisation with its children, sorted by kind (region first, partners last), then code. */
export interface OrgNode extends Organisation {
  children?: OrgNode[];
}

/**
 * Build the tree. Organisations whose parent the user cannot see become roots, so nothing visible
 * is ever dropped.
 * @example buildOrgTree(orgs)[0]?.children?.length
 */
export function buildOrgTree(orgs: readonly Organisation[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>(orgs.map((o) => [o.id, { ...o }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent === undefined) {
      roots.push(node);
    } else {
      (parent.children ??= []).push(node);
    }
  }
  const sort = (list: OrgNode[]): OrgNode[] => {
    list.sort(
      (a, b) => orgKinds.indexOf(a.kind) - orgKinds.indexOf(b.kind) || a.code.localeCompare(b.code),
    );
    for (const node of list) {
      if (node.children) {
        sort(node.children);
      }
    }
    return list;
  };
  return sort(roots);
}

/** Organisation name in `locale`, or the id when the organisation is not in the list. */
export function orgName(
  byId: ReadonlyMap<string, Organisation>,
  id: string,
  locale: Locale,
): string {
  const org = byId.get(id);
  return org === undefined ? id : localize(org.name, locale);
}

/**
 * True when `query` matches an organisation's code or its name in any language
 * (case-insensitive), for search boxes that must work whatever language is shown.
 */
export function orgMatches(org: Organisation, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') {
    return true;
  }
  return [org.code, org.name.zh, org.name.en, org.name.bo ?? ''].some((text) =>
    text.toLowerCase().includes(q),
  );
}
