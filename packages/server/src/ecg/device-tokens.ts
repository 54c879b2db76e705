import {
  createdDeviceTokenSchema,
  createDeviceTokenBodySchema,
  deviceTokenSchema,
  GesangError,
  idParamsSchema,
  type DeviceToken,
} from '@gesang/domain';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActiveOrg, requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { deviceTokens } from '../db/schema/index.js';
import { newDeviceToken } from './device-auth.js';
import type { EcgRuntime } from './runtime.js';

const toApi = (row: typeof deviceTokens.$inferSelect): DeviceToken => ({
  id: row.id,
  orgId: row.orgId,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

/**
 * /api/ecg/device-tokens: an organisation's administrator creates (the token is shown once),
 * lists and revokes the tokens with which its cart gateways upload (`POST /api/ecg/device/studies`).
 * Tokens belong to the acting organisation. Audited.
 */
export function deviceTokenRoutes(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = runtime;

  r.post(
    '/api/ecg/device-tokens',
    {
      config: { permission: 'org:manage' },
      schema: {
        tags: ['ecg'],
        summary: 'Create an upload token for a cart gateway (shown once)',
        body: createDeviceTokenBodySchema,
        response: { 201: createdDeviceTokenSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const orgId = requireActiveOrg(auth);
      const { token, tokenHash } = newDeviceToken();
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(deviceTokens)
          .values({ orgId, name: request.body.name, tokenHash, createdBy: auth.userId })
          .returning();
        if (created === undefined) {
          throw new Error('device token insert returned nothing');
        }
        await writeAudit(tx, request, {
          action: 'ecg.device_token.create',
          resourceType: 'device_token',
          resourceId: created.id,
          details: { name: created.name },
        });
        return created;
      });
      return reply.status(201).send({ ...toApi(row), token });
    },
  );

  r.get(
    '/api/ecg/device-tokens',
    {
      config: { permission: 'org:manage' },
      schema: {
        tags: ['ecg'],
        summary: 'The acting organisation’s device tokens',
        response: { 200: z.object({ items: z.array(deviceTokenSchema) }) },
      },
    },
    async (request) => {
      const orgId = requireActiveOrg(requireAuth(request));
      const rows = await db
        .select()
        .from(deviceTokens)
        .where(eq(deviceTokens.orgId, orgId))
        .orderBy(desc(deviceTokens.createdAt));
      return { items: rows.map(toApi) };
    },
  );

  r.delete(
    '/api/ecg/device-tokens/:id',
    {
      config: { permission: 'org:manage' },
      schema: {
        tags: ['ecg'],
        summary: 'Revoke a device token (uploads with it fail from now on)',
        params: idParamsSchema,
        response: { 200: deviceTokenSchema },
      },
    },
    async (request) => {
      const orgId = requireActiveOrg(requireAuth(request));
      const row = await db.transaction(async (tx) => {
        const [revoked] = await tx
          .update(deviceTokens)
          .set({ revokedAt: sql`now()` })
          .where(
            and(
              eq(deviceTokens.id, request.params.id),
              eq(deviceTokens.orgId, orgId),
              isNull(deviceTokens.revokedAt),
            ),
          )
          .returning();
        if (revoked !== undefined) {
          await writeAudit(tx, request, {
            action: 'ecg.device_token.revoke',
            resourceType: 'device_token',
            resourceId: revoked.id,
          });
        }
        return revoked;
      });
      if (row === undefined) {
        throw GesangError.notFound('Active device token');
      }
      return toApi(row);
    },
  );
}
