import { z } from 'zod';
import { orgKinds } from '../organisations.js';
import { permissions, roles } from '../roles.js';
import { localeSchema, localizedTextSchema, shortText } from './common.js';

/** Passwords: at least 10 characters (NIST SP 800-63B), at most 200 to bound hashing cost. */
export const passwordSchema = z.string().min(10).max(200);

/** Usernames: lower-case letters, digits, dot, dash and underscore. */
export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "-" and "_" only');

/** POST /api/auth/login body. */
export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  totp: z
    .string()
    .regex(/^\d{6}$/, 'six digits')
    .optional(),
});

/** A role held in one organisation, as shown to the user. */
export const membershipSchema = z.object({
  orgId: z.uuid(),
  orgName: localizedTextSchema,
  orgKind: z.enum(orgKinds),
  roles: z.array(z.enum(roles)),
});

/** The signed-in user. */
export const sessionUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  locale: localeSchema,
  totpEnabled: z.boolean(),
});

/** GET /api/auth/session and the login response. */
export const sessionSchema = z.object({
  csrfToken: z.string(),
  user: sessionUserSchema,
  memberships: z.array(membershipSchema),
  activeOrgId: z.uuid().nullable(),
  permissions: z.array(z.enum(permissions)),
});

/** POST /api/auth/switch-org body. */
export const switchOrgBodySchema = z.object({ orgId: z.uuid() });

/** POST /api/auth/password body. */
export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

/** POST /api/auth/totp/setup response. */
export const totpSetupSchema = z.object({ secret: z.string(), otpauthUri: z.string() });

/** POST /api/auth/totp/enable body. */
export const totpEnableBodySchema = z.object({ code: z.string().regex(/^\d{6}$/, 'six digits') });

/** POST /api/auth/totp/disable body. */
export const totpDisableBodySchema = z.object({ password: z.string().min(1).max(200) });

/** PATCH /api/auth/preferences body. */
export const preferencesBodySchema = z.object({ locale: localeSchema });

export type LoginBody = z.infer<typeof loginBodySchema>;
export type Membership = z.infer<typeof membershipSchema>;
export type SessionUser = z.infer<typeof sessionUserSchema>;
export type Session = z.infer<typeof sessionSchema>;

/** Display names: free text. */
export const displayNameSchema = shortText(100);
