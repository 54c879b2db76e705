/** Organisation, department and grant endpoints (`/api/orgs`, `/api/grants`). */
import type {
  Department,
  Grant,
  GrantScope,
  LocalizedText,
  Organisation,
  OrgKind,
} from '@gesang/domain';
import { request } from './client.js';

/** A list answer: `{ items }`. */
export interface Items<T> {
  items: T[];
}

/** Every organisation the user may see (a flat list; `parentId` links the tree). */
export async function listOrgs(): Promise<Organisation[]> {
  return (await request<Items<Organisation>>('GET', '/api/orgs')).items;
}

/** Body of {@link createOrg}. */
export interface NewOrganisation {
  parentId: string | null;
  kind: OrgKind;
  code: string;
  name: LocalizedText;
}

/** Create an organisation under `parentId`. */
export function createOrg(body: NewOrganisation): Promise<Organisation> {
  return request<Organisation>('POST', '/api/orgs', body);
}

/** Rename or (de)activate an organisation. */
export function updateOrg(
  id: string,
  patch: { name?: LocalizedText; active?: boolean },
): Promise<Organisation> {
  return request<Organisation>('PATCH', `/api/orgs/${encodeURIComponent(id)}`, patch);
}

/** The departments of one organisation. */
export async function listDepartments(orgId: string): Promise<Department[]> {
  const path = `/api/orgs/${encodeURIComponent(orgId)}/departments`;
  return (await request<Items<Department>>('GET', path)).items;
}

/** Add a department to an organisation. */
export function createDepartment(
  orgId: string,
  body: { code: string; name: LocalizedText },
): Promise<Department> {
  return request<Department>('POST', `/api/orgs/${encodeURIComponent(orgId)}/departments`, body);
}

/** Every grant (explicit sharing between organisations) the user may see. */
export async function listGrants(): Promise<Grant[]> {
  return (await request<Items<Grant>>('GET', '/api/grants')).items;
}

/** Share `scope` from one organisation with another. */
export function createGrant(body: {
  fromOrgId: string;
  toOrgId: string;
  scope: GrantScope;
}): Promise<Grant> {
  return request<Grant>('POST', '/api/grants', body);
}

/** Withdraw a grant. */
export function deleteGrant(id: string): Promise<unknown> {
  return request('DELETE', `/api/grants/${encodeURIComponent(id)}`);
}
