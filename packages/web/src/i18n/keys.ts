/** Mapping domain identifiers to translation keys where the two differ. */
import type { Permission } from '@gesang/domain';

/** `patient:read` → `patient_read`: ':' is i18next's namespace separator, so keys avoid it. */
export type PermissionKey<P extends string = Permission> = P extends `${infer A}:${infer B}`
  ? `${A}_${B}`
  : P;

/**
 * The message key of a permission's description.
 * @example t(permissionKey('audit:read')) // '查看审计日志'
 */
export function permissionKey(permission: Permission): `permissions.${PermissionKey}` {
  return `permissions.${permission.replace(':', '_') as PermissionKey}`;
}
