import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../db/database.js';
import { auditEvents } from '../db/schema/index.js';

/** One thing to record. */
export interface AuditInput {
  /** Dotted verb, e.g. `patient.read`, `auth.login`, `user.create`. */
  action: string;
  outcome?: 'success' | 'denied' | 'failure';
  resourceType?: string;
  resourceId?: string;
  patientId?: string | null;
  details?: Record<string, unknown>;
  /** Overrides for events before a session exists (login). */
  actorUserId?: string | null;
  actorUsername?: string | null;
}

/**
 * Appends audit rows for `request` (who, acting for which organisation, from which address).
 * Call it inside the transaction of the change it records, so both commit or neither does.
 */
export async function writeAudit(
  db: DbOrTx,
  request: FastifyRequest,
  inputs: AuditInput | AuditInput[],
): Promise<void> {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  if (list.length === 0) {
    return;
  }
  await db.insert(auditEvents).values(list.map((input) => auditRow(request, input)));
}

/**
 * The audit row {@link writeAudit} writes for one input: who (the input's overrides, else the
 * request's session), acting for which organisation, from which address and user agent.
 * @param request the request the row records.
 * @param input what to record.
 * @returns the row's values.
 * @example const row = auditRow(request, { action: 'ecg.study.upload', resourceId: id });
 */
export function auditRow(
  request: FastifyRequest,
  input: AuditInput,
): typeof auditEvents.$inferInsert & { details: Record<string, unknown> } {
  const auth = request.auth;
  return {
    actorUserId: input.actorUserId !== undefined ? input.actorUserId : (auth?.userId ?? null),
    actorUsername:
      input.actorUsername !== undefined ? input.actorUsername : (auth?.username ?? null),
    actingOrgId: auth?.activeOrgId ?? null,
    action: input.action,
    resourceType: input.resourceType ?? null,
    resourceId: input.resourceId ?? null,
    patientId: input.patientId ?? null,
    outcome: input.outcome ?? 'success',
    ip: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
    details: input.details ?? {},
  };
}

const deferred = new WeakMap<FastifyRequest, AuditInput[]>();

/**
 * Records an audit row that must outlive the transaction that is about to fail (a refusal found
 * inside a transaction, which the error rolls back). Written by the app's onError hook once the
 * transaction has ended; PGlite has one session, so writing it from inside would wait forever.
 */
export function auditAfterRollback(request: FastifyRequest, input: AuditInput): void {
  deferred.set(request, [...(deferred.get(request) ?? []), input]);
}

/** Writes the rows queued by {@link auditAfterRollback} for `request` (the onError hook). */
export async function flushDeferredAudit(db: DbOrTx, request: FastifyRequest): Promise<void> {
  const pending = deferred.get(request);
  if (pending !== undefined) {
    deferred.delete(request);
    await writeAudit(db, request, pending);
  }
}
