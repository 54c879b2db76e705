import { z } from 'zod';
import { grantScopes, orgKinds } from '../organisations.js';
import { localizedTextSchema, shortText } from './common.js';

/** An organisation as returned by the API. */
export const organisationSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  kind: z.enum(orgKinds),
  code: z.string(),
  name: localizedTextSchema,
  active: z.boolean(),
});

/** POST /api/orgs body. */
export const createOrganisationBodySchema = z.object({
  parentId: z.uuid().nullable(),
  kind: z.enum(orgKinds),
  code: shortText(40).regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and "-" only'),
  name: localizedTextSchema,
});

/** PATCH /api/orgs/:id body. */
export const updateOrganisationBodySchema = z.object({
  name: localizedTextSchema.optional(),
  active: z.boolean().optional(),
});

/** A department of an organisation. */
export const departmentSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  code: z.string(),
  name: localizedTextSchema,
});

/** POST /api/orgs/:id/departments body. */
export const createDepartmentBodySchema = z.object({
  code: shortText(40).regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and "-" only'),
  name: localizedTextSchema,
});

/** An explicit grant: `fromOrgId` shares `scope` with `toOrgId`. */
export const grantSchema = z.object({
  id: z.uuid(),
  fromOrgId: z.uuid(),
  toOrgId: z.uuid(),
  scope: z.enum(grantScopes),
  createdAt: z.string(),
});

/** POST /api/grants body. */
export const createGrantBodySchema = z.object({
  fromOrgId: z.uuid(),
  toOrgId: z.uuid(),
  scope: z.enum(grantScopes),
});

export type Organisation = z.infer<typeof organisationSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type Grant = z.infer<typeof grantSchema>;
