import { z } from 'zod';
import { roles } from '../roles.js';
import { displayNameSchema, passwordSchema, usernameSchema } from './auth.js';
import { localeSchema } from './common.js';

/** Roles held in one organisation, as written by an administrator. */
export const membershipInputSchema = z.object({
  orgId: z.uuid(),
  roles: z.array(z.enum(roles)).min(1).max(roles.length),
});

/** A user as administrators see it. */
export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  locale: localeSchema,
  disabled: z.boolean(),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  memberships: z.array(membershipInputSchema),
  createdAt: z.string(),
});

/** POST /api/users body. */
export const createUserBodySchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  locale: localeSchema.default('zh-CN'),
  memberships: z.array(membershipInputSchema).min(1).max(50),
});

/** PATCH /api/users/:id body. */
export const updateUserBodySchema = z.object({
  displayName: displayNameSchema.optional(),
  disabled: z.boolean().optional(),
  locale: localeSchema.optional(),
});

/** PUT /api/users/:id/memberships body: replaces the memberships the caller may manage. */
export const setMembershipsBodySchema = z.object({
  memberships: z.array(membershipInputSchema).max(50),
});

/** POST /api/users/:id/reset-password body. */
export const resetPasswordBodySchema = z.object({ newPassword: passwordSchema });

/** GET /api/users query. */
export const listUsersQuerySchema = z.object({
  q: z.string().trim().max(64).optional(),
  orgId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export type User = z.infer<typeof userSchema>;
export type CreateUserBody = z.infer<typeof createUserBodySchema>;
export type MembershipInput = z.infer<typeof membershipInputSchema>;
