import { normalizePinyin, patientSchema, searchPatientsQuerySchema } from '@gesang/domain';
import { and, count, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { patientIdentifiers, patients } from '../db/schema/index.js';
import { loadPatients } from './patient-mapping.js';
import { patientScope, visiblePatientsCondition } from './visibility.js';

/** Tone-marked vowels and their plain letters (ü → v as in normalizePinyin), for SQL translate(). */
const toned = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const plain = 'aaaaeeeeiiiioooouuuuvvvvv';

/** A query that may be pinyin: Latin letters, tone marks or tone numbers, spaces, ' ’ - and ·. */
const pinyinQuery = /^[A-Za-z1-5\s'’·-]+$/;

/** `value` as a LIKE pattern matching itself literally (PostgreSQL's default escape is `\`). */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Patients holding an identifier with one of `values`, exactly. */
function hasIdentifier(values: string[]): SQL {
  return inArray(
    patients.id,
    sql`(select ${patientIdentifiers.patientId} from ${patientIdentifiers} where ${inArray(patientIdentifiers.value, values)})`,
  );
}

/**
 * `q` matches a Chinese or Tibetan name by substring (case-insensitive, wildcards literal), the
 * pinyin key by prefix ('cirenzh' → Ciren Zhuoma), any pinyin word by prefix ('zhuoma' → Ciren
 * Zhuoma), or an identifier exactly (a resident ID's check character in either case).
 */
function textCondition(q: string): SQL {
  const pattern = `%${escapeLike(q)}%`;
  const conditions: (SQL | undefined)[] = [
    ilike(patients.nameZh, pattern),
    ilike(patients.nameBo, pattern),
    hasIdentifier([...new Set([q, q.toUpperCase()])]),
  ];
  // Only a query written in Latin letters (tone marks, spaces, apostrophes and hyphens allowed) is
  // pinyin: dropping the Chinese of '扎西3e' would leave a stray prefix 'e' matching every Era.
  const key = pinyinQuery.test(q.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    ? normalizePinyin(q)
    : '';
  if (key !== '') {
    const words = sql`' ' || regexp_replace(translate(lower(coalesce(${patients.namePinyin}, '')), ${toned}, ${plain}), '[^a-z]+', ' ', 'g')`;
    conditions.push(
      sql`${patients.pinyinKey} like ${`${key}%`}`,
      sql`${words} like ${`% ${key}%`}`,
    );
  }
  return or(...conditions) ?? sql`false`;
}

/**
 * GET /api/patients: visible patients matching `q` and/or `identifier`, ordered by name. Every
 * patient returned is audited (`patient.read`, via search), and so is the search itself.
 */
export function searchPatientsRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;

  r.get(
    '/api/patients',
    {
      config: { permission: 'patient:read' },
      schema: {
        tags: ['patients'],
        summary: 'Find patients by name (Chinese, Tibetan, pinyin) or identifier',
        querystring: searchPatientsQuerySchema,
        response: { 200: z.object({ items: z.array(patientSchema), total: z.number().int() }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { q, identifier, limit, offset } = request.query;
      const scope = await patientScope(db, auth);
      const where = and(
        visiblePatientsCondition(scope),
        identifier === undefined ? undefined : hasIdentifier([identifier]),
        q === undefined ? undefined : textCondition(q),
      );
      const [totalRow] = await db.select({ n: count() }).from(patients).where(where);
      const rows = await db
        .select({ id: patients.id })
        .from(patients)
        .where(where)
        .orderBy(
          sql`${patients.pinyinKey} asc nulls last`,
          sql`${patients.nameZh} asc nulls last`,
          sql`${patients.nameBo} asc nulls last`,
          patients.id,
        )
        .limit(limit)
        .offset(offset);
      const items = await loadPatients(
        db,
        rows.map((row) => row.id),
      );
      // Written before answering: if the audit cannot be written, no patient data leaves.
      await writeAudit(db, request, [
        ...items.map((p) => ({
          action: 'patient.read',
          resourceType: 'patient',
          resourceId: p.id,
          patientId: p.id,
          details: { via: 'search' },
        })),
        {
          action: 'patient.search',
          resourceType: 'patient',
          details: {
            q: q ?? null,
            identifier: identifier ?? null,
            count: items.length,
            total: totalRow?.n ?? 0,
          },
        },
      ]);
      return { items, total: totalRow?.n ?? 0 };
    },
  );
}
