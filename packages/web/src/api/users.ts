/** User administration endpoints (`/api/users`). */
import type { CreateUserBody, Locale, MembershipInput, User } from '@gesang/domain';
import { request, withQuery } from './client.js';

/** A page of users. */
export interface UserPage {
  items: User[];
  total: number;
}

/** Search parameters of {@link listUsers}; `limit` 1–200. */
export interface UserQuery {
  q?: string | undefined;
  orgId?: string | undefined;
  limit?: number;
  offset?: number;
}

/** Users the administrator may manage, filtered by text and organisation. */
export function listUsers(query: UserQuery): Promise<UserPage> {
  return request<UserPage>('GET', withQuery('/api/users', { ...query }));
}

/** Create a user with at least one membership. */
export function createUser(body: CreateUserBody): Promise<User> {
  return request<User>('POST', '/api/users', body);
}

/** Change display name, language, or disable/enable the account. */
export function updateUser(
  id: string,
  patch: { displayName?: string; disabled?: boolean; locale?: Locale },
): Promise<User> {
  return request<User>('PATCH', `/api/users/${encodeURIComponent(id)}`, patch);
}

/** Replace the memberships (organisation + roles) the administrator may manage. */
export function setMemberships(id: string, memberships: MembershipInput[]): Promise<User> {
  const path = `/api/users/${encodeURIComponent(id)}/memberships`;
  return request<User>('PUT', path, { memberships });
}

/** Set a new password for a user (who should change it at next sign-in). */
export function resetPassword(id: string, newPassword: string): Promise<unknown> {
  const path = `/api/users/${encodeURIComponent(id)}/reset-password`;
  return request('POST', path, { newPassword });
}
