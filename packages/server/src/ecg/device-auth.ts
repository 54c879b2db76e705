import { createHash, randomBytes } from 'node:crypto';
import { GesangError } from '@gesang/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { deviceTokens, organisations } from '../db/schema/index.js';

/** A cart gateway authenticated by its token. */
export interface DeviceCaller {
  deviceId: string;
  orgId: string;
  name: string;
}

/** Prefix that makes a leaked token recognisable (secret scanners, logs). */
const tokenPrefix = 'gsd_';

/**
 * A new device token (256 random bits) and the hash stored for it.
 * @example const { token, tokenHash } = newDeviceToken(); // token 'gsd_…'
 */
export function newDeviceToken(): { token: string; tokenHash: string } {
  const token = `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashDeviceToken(token) };
}

/** SHA-256 of a token, hex (the token has 256 random bits: no slow hash needed). */
export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const callers = new WeakMap<FastifyRequest, DeviceCaller>();

/**
 * Authenticates `Authorization: Bearer <device token>` (route-level onRequest hook, so that an
 * unauthenticated request is refused before its body is read): the token must exist, be
 * unrevoked, and its organisation active. Records when it was last used.
 * @throws GesangError 401 otherwise (the same answer whatever was wrong).
 */
export async function authenticateDevice(db: Db, request: FastifyRequest): Promise<void> {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  const token = match?.[1];
  if (token === undefined || !token.startsWith(tokenPrefix)) {
    throw GesangError.unauthenticated('Send the device token as Authorization: Bearer <token>');
  }
  const [row] = await db
    .update(deviceTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(deviceTokens.tokenHash, hashDeviceToken(token)),
        isNull(deviceTokens.revokedAt),
        sql`exists (select 1 from ${organisations} where ${organisations.id} = ${deviceTokens.orgId} and ${organisations.active})`,
      ),
    )
    .returning({ id: deviceTokens.id, orgId: deviceTokens.orgId, name: deviceTokens.name });
  if (row === undefined) {
    throw GesangError.unauthenticated('Unknown or revoked device token');
  }
  callers.set(request, { deviceId: row.id, orgId: row.orgId, name: row.name });
}

/** The device authenticated for `request` by {@link authenticateDevice}. */
export function requireDevice(request: FastifyRequest): DeviceCaller {
  const caller = callers.get(request);
  if (caller === undefined) {
    throw GesangError.unauthenticated();
  }
  return caller;
}
