import type { FastifyContextConfig, FastifyRequest } from 'fastify';
import type { AuditInput } from '../../audit/write-audit.js';
import { requireActiveOrg, requireAuth } from '../../auth/auth-context.js';
import { authenticateDevice, requireDevice } from '../device-auth.js';
import type { EcgRuntime } from '../runtime.js';
import type { Uploader } from '../insert-new-study.js';

/** Who sends resumable uploads: a signed-in user (session + CSRF) or a cart gateway (device token). */
export type CallerKind = 'user' | 'device';

/** Where each kind of caller creates its uploads; an upload's URL is `<prefix>/<id>`. */
export const uploadPrefixes: Record<CallerKind, string> = {
  user: '/api/ecg/uploads',
  device: '/api/ecg/device/uploads',
};

/** The caller of one tus request. */
export interface ResumableCaller {
  uploader: Uploader;
  /**
   * Whose upload it is: `user:<userId>:<orgId>` (the user acting for that organisation) or
   * `device:<deviceTokenId>`. Only the same owner may see or continue it.
   */
  ownerKey: string;
}

/**
 * The caller of `request` on a route of `kind` (after the route's authentication ran).
 * @throws GesangError 401 without a session or device; 403 without an acting organisation.
 * @example const { uploader, ownerKey } = callerOf(request, 'user');
 */
export function callerOf(request: FastifyRequest, kind: CallerKind): ResumableCaller {
  if (kind === 'device') {
    const device = requireDevice(request);
    return {
      uploader: {
        orgId: device.orgId,
        userId: null,
        device: { id: device.deviceId, name: device.name },
      },
      ownerKey: `device:${device.deviceId}`,
    };
  }
  const auth = requireAuth(request);
  const orgId = requireActiveOrg(auth);
  return {
    uploader: { orgId, userId: auth.userId, device: null },
    ownerKey: `user:${auth.userId}:${orgId}`,
  };
}

/** Route options that authenticate a caller of `kind`. */
export interface CallerRouteOptions {
  config: FastifyContextConfig;
  onRequest?: (request: FastifyRequest) => Promise<void>;
}

/**
 * Users go through the global auth hook (session, CSRF on PATCH/POST/DELETE, permission
 * `ecg:upload`); devices skip it and present their token, checked before the body is read.
 * @param kind the caller kind of the route.
 * @param runtime the ECG runtime (its database checks device tokens).
 */
export function callerRouteOptions(kind: CallerKind, runtime: EcgRuntime): CallerRouteOptions {
  if (kind === 'user') {
    return { config: { permission: 'ecg:upload' } };
  }
  return {
    config: { public: true },
    onRequest: (request) => authenticateDevice(runtime.db, request),
  };
}

/**
 * Audit fields naming a device as the actor (a user is taken from the session by writeAudit).
 * @example writeAudit(db, request, { action: 'x', ...auditActor(caller) })
 */
export function auditActor(
  caller: ResumableCaller,
): Pick<AuditInput, 'actorUserId' | 'actorUsername'> {
  const device = caller.uploader.device;
  return device === null ? {} : { actorUserId: null, actorUsername: `device:${device.name}` };
}
