import type { Permission, Role } from '@gesang/domain';
import { GesangError } from '@gesang/domain';
import type { FastifyRequest } from 'fastify';

/** Who is calling, and for which organisation they act. */
export interface AuthContext {
  userId: string;
  username: string;
  displayName: string;
  sessionId: string;
  csrfToken: string;
  /** The organisation the user acts for now; null when they hold no roles anywhere. */
  activeOrgId: string | null;
  /** Roles held in the active organisation. */
  roles: Role[];
  /** Permissions of those roles. */
  permissions: Set<Permission>;
  /** Every organisation where the user holds roles. */
  memberships: { orgId: string; roles: Role[] }[];
}

/** The auth context of a request on a non-public route (the hook guarantees it). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (request.auth === null) {
    throw GesangError.unauthenticated();
  }
  return request.auth;
}

/** The active organisation of a signed-in user, or 403 when there is none. */
export function requireActiveOrg(auth: AuthContext): string {
  if (auth.activeOrgId === null) {
    throw GesangError.forbidden('Choose an organisation to act for first');
  }
  return auth.activeOrgId;
}

/** 403 unless the user's roles in the active organisation grant `permission`. */
export function requirePermission(auth: AuthContext, permission: Permission): void {
  if (!auth.permissions.has(permission)) {
    throw GesangError.forbidden(`Your roles here do not allow ${permission}`);
  }
}

/** True when the user acts as consortium administrator now. */
export function isConsortiumAdmin(auth: AuthContext): boolean {
  return auth.roles.includes('consortium_admin');
}
