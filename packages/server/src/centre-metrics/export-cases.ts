import { caseExportQuerySchema, centreLabels, type CaseExportQuery } from '@gesang/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../audit/write-audit.js';
import { analyticsContext, type AnalyticsContext } from './analytics-context.js';
import { exportColumns } from './centre-columns.js';
import { encodeCsv } from './csv-encode.js';
import { cellText } from './export-row.js';
import { exportRows, type ExportRows } from './export-rows.js';
import { buildWorkbook } from './xlsx-workbook.js';

const fieldOrderSource =
  'Chest pain: field order of the China Chest Pain Center data reporting platform (中国胸痛中心数据填报平台) case form; other centres: the event catalogue.';

/** Loads the export's cases and rows, and audits the export as one read of patient data. */
async function prepare(
  request: FastifyRequest,
  query: CaseExportQuery,
  format: 'csv' | 'xlsx',
): Promise<{ context: AnalyticsContext; exported: ExportRows }> {
  const { db } = request.server.database;
  const context = await analyticsContext(request, query, query.centre);
  const exported = await exportRows(db, context);
  await writeAudit(db, request, {
    action: 'patient.export',
    resourceType: 'case',
    details: {
      format,
      centre: query.centre,
      from: context.period.from,
      to: context.period.to,
      orgId: context.orgId,
      demo: context.demo,
      cases: exported.rows.length,
      patientsShown: exported.patientsShown,
    },
  });
  return { context, exported };
}

function fileName(query: CaseExportQuery, context: AnalyticsContext, ext: string): string {
  const demo = context.demo ? '-demo' : '';
  return `${query.centre}-cases-${context.period.from}-${context.period.to}${demo}.${ext}`;
}

function attach(reply: FastifyReply, name: string): FastifyReply {
  return reply
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'private, no-store');
}

const description =
  'One row per case of the centre whose reference instant falls in the period (same permissions, ' +
  'period, organisation and demo rules as GET /api/centres/metrics). Chest-pain columns follow ' +
  'the national chest-pain platform’s field order; times are China Standard Time. Patient name, ' +
  'sex, age, resident ID and MRN are filled only for callers with patient:read who may see the ' +
  'patient. Audited once per export as `patient.export` with the number of cases.';

/**
 * GET /api/centres/cases.csv and /api/centres/cases.xlsx: the centre's cases for the quality
 * manager's review or the national platform (see `chest-pain-columns.ts` for the order).
 */
export function exportCasesRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/centres/cases.csv',
    {
      schema: {
        tags: ['centres'],
        summary: 'Export a centre’s cases as CSV (UTF-8 with BOM)',
        description,
        querystring: caseExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { query } = request;
      const { context, exported } = await prepare(request, query, 'csv');
      const columns = exportColumns(query.centre);
      const csv = encodeCsv(
        columns.map((column) => column[query.lang]),
        exported.rows.map((row) =>
          columns.map((column) => cellText(column.value(row, query.lang))),
        ),
      );
      return attach(reply, fileName(query, context, 'csv'))
        .type('text/csv; charset=utf-8')
        .send(csv);
    },
  );

  r.get(
    '/api/centres/cases.xlsx',
    {
      schema: {
        tags: ['centres'],
        summary: 'Export a centre’s cases as an Excel workbook',
        description,
        querystring: caseExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { query } = request;
      const { context, exported } = await prepare(request, query, 'xlsx');
      const zh = query.lang === 'zh';
      const label = centreLabels[query.centre][query.lang];
      const org = context.orgs.find((o) => o.id === context.orgId);
      const bytes = await buildWorkbook(exportColumns(query.centre), exported.rows, query.lang, {
        title: zh ? `${label}病例` : `${label} cases`,
        lines: [
          [zh ? '时间范围' : 'Period', `${context.period.from} – ${context.period.to} (UTC+8)`],
          [
            zh ? '医院' : 'Organisation',
            org === undefined ? (zh ? '全部' : 'all') : org.name[query.lang],
          ],
          [
            zh ? '数据' : 'Data',
            context.demo
              ? zh
                ? '演示数据（虚构）'
                : 'DEMO (synthetic)'
              : zh
                ? '真实病例'
                : 'real cases',
          ],
          [zh ? '病例数' : 'Cases', String(exported.rows.length)],
          [zh ? '生成时间' : 'Generated', context.now.toISOString()],
          [zh ? '字段顺序' : 'Field order', fieldOrderSource],
        ],
      });
      return attach(reply, fileName(query, context, 'xlsx'))
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(bytes);
    },
  );
}
