import { z } from 'zod';

/** One audit entry. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.uuid().nullable(),
  actorUsername: z.string().nullable(),
  actingOrgId: z.uuid().nullable(),
  action: z.string(),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  patientId: z.uuid().nullable(),
  outcome: z.enum(['success', 'denied', 'failure']),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

/** GET /api/audit query. */
export const searchAuditQuerySchema = z.object({
  actorUserId: z.uuid().optional(),
  actorUsername: z.string().trim().max(64).optional(),
  actingOrgId: z.uuid().optional(),
  patientId: z.uuid().optional(),
  action: z.string().trim().max(64).optional(),
  outcome: z.enum(['success', 'denied', 'failure']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type SearchAuditQuery = z.infer<typeof searchAuditQuerySchema>;
