/**
 * Roles a user holds in an organisation, and what each role may do. A user acts for one
 * organisation at a time; the permissions are those of the roles held there.
 */

/** Every role. */
export const roles = [
  'ecg_technician',
  'county_doctor',
  'ecg_reader',
  'chest_pain_coordinator',
  'consult_specialist',
  'org_admin',
  'consortium_admin',
  'patient',
] as const;

/** One of {@link roles}. */
export type Role = (typeof roles)[number];

/** Every permission checked by the server. */
export const permissions = [
  'patient:read',
  'patient:write',
  'org:read',
  'org:manage',
  'grant:manage',
  'user:read',
  'user:manage',
  'audit:read',
  'ecg:upload',
  'ecg:read',
  'ecg:report',
  'case:manage',
  'consult:participate',
  'self:read',
] as const;

/** One of {@link permissions}. */
export type Permission = (typeof permissions)[number];

const clinical: Permission[] = ['patient:read', 'org:read'];

/** The permissions of each role, within the organisation where it is held. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  ecg_technician: [...clinical, 'patient:write', 'ecg:upload', 'ecg:read'],
  county_doctor: [...clinical, 'patient:write', 'ecg:upload', 'ecg:read', 'case:manage'],
  ecg_reader: [...clinical, 'ecg:read', 'ecg:report'],
  chest_pain_coordinator: [...clinical, 'patient:write', 'ecg:read', 'case:manage'],
  consult_specialist: [...clinical, 'consult:participate'],
  org_admin: ['org:read', 'org:manage', 'user:read', 'user:manage', 'audit:read'],
  consortium_admin: [
    'org:read',
    'org:manage',
    'grant:manage',
    'user:read',
    'user:manage',
    'audit:read',
    'patient:read',
    'patient:write',
  ],
  patient: ['self:read'],
};

/**
 * The union of the permissions of `held` roles.
 * @example permissionsOf(['ecg_technician']).has('ecg:upload') // true
 */
export function permissionsOf(held: readonly Role[]): Set<Permission> {
  const result = new Set<Permission>();
  for (const role of held) {
    for (const permission of rolePermissions[role]) {
      result.add(permission);
    }
  }
  return result;
}

/** True when `value` names a role. */
export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
