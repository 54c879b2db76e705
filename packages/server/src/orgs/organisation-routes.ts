import {
  GesangError,
  allowedChildKinds,
  createOrganisationBodySchema,
  idParamsSchema,
  organisationSchema,
  updateOrganisationBodySchema,
} from '@gesang/domain';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { organisations } from '../db/schema/index.js';
import { toOrganisation } from './org-mapping.js';
import { assertManages } from './scope.js';

const rootKinds = new Set(['region', 'partner', 'reading_centre']);

/** GET/POST /api/orgs, PATCH /api/orgs/:id. The directory is visible to every member. */
export function organisationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/orgs',
    {
      config: { permission: 'org:read' },
      schema: {
        tags: ['organisations'],
        summary: 'All organisations of the consortium',
        response: { 200: z.object({ items: z.array(organisationSchema) }) },
      },
    },
    async () => {
      const rows = await db.select().from(organisations).orderBy(asc(organisations.code));
      return { items: rows.map(toOrganisation) };
    },
  );

  r.get(
    '/api/orgs/:id',
    {
      config: { permission: 'org:read' },
      schema: {
        tags: ['organisations'],
        params: idParamsSchema,
        response: { 200: organisationSchema },
      },
    },
    async (request) => {
      const [row] = await db
        .select()
        .from(organisations)
        .where(eq(organisations.id, request.params.id));
      if (row === undefined) {
        throw GesangError.notFound('Organisation');
      }
      return toOrganisation(row);
    },
  );

  r.post(
    '/api/orgs',
    {
      config: { permission: 'org:manage' },
      schema: {
        tags: ['organisations'],
        summary: 'Add an organisation',
        body: createOrganisationBodySchema,
        response: { 201: organisationSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const body = request.body;
      if (body.parentId === null) {
        if (!auth.roles.includes('consortium_admin') || !rootKinds.has(body.kind)) {
          throw GesangError.badRequest(
            'Only a consortium administrator adds top-level organisations (region or partner)',
            'body.parentId',
          );
        }
      } else {
        const [parent] = await db
          .select()
          .from(organisations)
          .where(eq(organisations.id, body.parentId));
        if (parent === undefined) {
          throw GesangError.badRequest('Parent organisation not found', 'body.parentId');
        }
        await assertManages(db, auth, [parent.id]);
        const allowed = allowedChildKinds[parent.kind as keyof typeof allowedChildKinds] ?? [];
        if (!allowed.includes(body.kind)) {
          throw GesangError.badRequest(
            `A ${parent.kind} cannot have a ${body.kind} below it`,
            'body.kind',
          );
        }
      }
      const [existing] = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.code, body.code));
      if (existing !== undefined) {
        throw GesangError.conflict('An organisation with this code exists', 'body.code');
      }
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(organisations)
          .values({
            parentId: body.parentId,
            kind: body.kind,
            code: body.code,
            nameZh: body.name.zh,
            nameEn: body.name.en,
            nameBo: body.name.bo ?? null,
          })
          .returning();
        if (created === undefined) {
          throw new Error('insert returned nothing');
        }
        await writeAudit(tx, request, {
          action: 'org.create',
          resourceType: 'organisation',
          resourceId: created.id,
        });
        return created;
      });
      return reply.status(201).send(toOrganisation(row));
    },
  );

  r.patch(
    '/api/orgs/:id',
    {
      config: { permission: 'org:manage' },
      schema: {
        tags: ['organisations'],
        params: idParamsSchema,
        body: updateOrganisationBodySchema,
        response: { 200: organisationSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await assertManages(db, auth, [request.params.id]);
      const { name, active } = request.body;
      const row = await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(organisations)
          .set({
            ...(name === undefined
              ? {}
              : { nameZh: name.zh, nameEn: name.en, nameBo: name.bo ?? null }),
            ...(active === undefined ? {} : { active }),
          })
          .where(eq(organisations.id, request.params.id))
          .returning();
        if (updated === undefined) {
          throw GesangError.notFound('Organisation');
        }
        await writeAudit(tx, request, {
          action: 'org.update',
          resourceType: 'organisation',
          resourceId: updated.id,
          details: { fields: Object.keys(request.body) },
        });
        return updated;
      });
      return toOrganisation(row);
    },
  );
}
