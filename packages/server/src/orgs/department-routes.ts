import {
  GesangError,
  createDepartmentBodySchema,
  departmentSchema,
  idParamsSchema,
} from '@gesang/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { departments, organisations } from '../db/schema/index.js';
import { toDepartment } from './org-mapping.js';
import { assertManages } from './scope.js';

/** GET/POST /api/orgs/:id/departments. */
export function departmentRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/orgs/:id/departments',
    {
      config: { permission: 'org:read' },
      schema: {
        tags: ['organisations'],
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(departmentSchema) }) },
      },
    },
    async (request) => {
      const rows = await db
        .select()
        .from(departments)
        .where(eq(departments.orgId, request.params.id))
        .orderBy(asc(departments.code));
      return { items: rows.map(toDepartment) };
    },
  );

  r.post(
    '/api/orgs/:id/departments',
    {
      config: { permission: 'org:manage' },
      schema: {
        tags: ['organisations'],
        params: idParamsSchema,
        body: createDepartmentBodySchema,
        response: { 201: departmentSchema },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const orgId = request.params.id;
      const [org] = await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, orgId));
      if (org === undefined) {
        throw GesangError.notFound('Organisation');
      }
      await assertManages(db, auth, [orgId]);
      const [dup] = await db
        .select({ id: departments.id })
        .from(departments)
        .where(and(eq(departments.orgId, orgId), eq(departments.code, request.body.code)));
      if (dup !== undefined) {
        throw GesangError.conflict(
          'This organisation already has a department with that code',
          'body.code',
        );
      }
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(departments)
          .values({
            orgId,
            code: request.body.code,
            nameZh: request.body.name.zh,
            nameEn: request.body.name.en,
            nameBo: request.body.name.bo ?? null,
          })
          .returning();
        if (created === undefined) {
          throw new Error('insert returned nothing');
        }
        await writeAudit(tx, request, {
          action: 'department.create',
          resourceType: 'department',
          resourceId: created.id,
        });
        return created;
      });
      return reply.status(201).send(toDepartment(row));
    },
  );
}
