import { open } from 'node:fs/promises';
import { GesangError, idParamsSchema } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { ecgStudies, storedFiles } from '../db/schema/index.js';
import type { EcgRuntime } from './runtime.js';
import { assertStudyVisible, ecgScope } from './visibility.js';

/**
 * The `Content-Disposition` of a download named `fileName` (RFC 6266): an ASCII `filename` for old
 * clients and the exact UTF-8 name in `filename*` (RFC 8187), since county files are often named
 * in Chinese. Path separators, quotes and control characters never reach the header.
 * @param fileName the name the file was uploaded under, or null when none was given.
 * @param fallback the name to use without one (e.g. `ecg-<id>.bin`).
 * @example
 * contentDisposition('心电图 1.xml', 'x.bin')
 * // `attachment; filename="___ 1.xml"; filename*=UTF-8''%E5%BF%83%E7%94%B5%E5%9B%BE%201.xml`
 */
export function contentDisposition(fileName: string | null, fallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = (fileName ?? '').replace(/[\u0000-\u001f\u007f/\\]/g, '_').trim();
  const name = cleaned === '' ? fallback : cleaned;
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * GET /api/ecg/studies/:id/file: the original upload, byte for byte from the content-addressed
 * store, for whoever may see the study (404 otherwise, exactly as for a missing study). The body
 * is `application/octet-stream` named by `Content-Disposition`; the ETag is the content's
 * SHA-256, so a browser that already holds the bytes revalidates with `If-None-Match` and gets a
 * 304 instead of the file again over a slow link. Every read is audited as `ecg.file.read`.
 */
export function getStudyFileRoute(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, files } = runtime;

  r.get(
    '/api/ecg/studies/:id/file',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags: ['ecg'],
        summary: 'The study’s original file, byte for byte',
        description:
          'application/octet-stream with Content-Disposition naming the uploaded file; ETag is ' +
          'the SHA-256 of the content (If-None-Match answers 304). 404 when the study is not ' +
          'visible to the caller.',
        params: idParamsSchema,
        produces: ['application/octet-stream'],
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const visible = await assertStudyVisible(db, await ecgScope(db, auth), request.params.id);
      const [row] = await db
        .select({
          sha256: ecgStudies.fileSha256,
          fileName: ecgStudies.fileName,
          sizeBytes: storedFiles.sizeBytes,
        })
        .from(ecgStudies)
        .innerJoin(storedFiles, eq(storedFiles.sha256, ecgStudies.fileSha256))
        .where(eq(ecgStudies.id, visible.id));
      if (row === undefined) {
        throw GesangError.notFound('ECG study');
      }
      const etag = `"${row.sha256}"`;
      const notModified = request.headers['if-none-match'] === etag;
      // Opened before any header is sent: a file missing from the store is a server fault (500),
      // never a truncated 200.
      const handle = notModified ? null : await open(files.pathOf(row.sha256), 'r');
      try {
        await writeAudit(db, request, {
          action: 'ecg.file.read',
          resourceType: 'ecg_study',
          resourceId: visible.id,
          patientId: visible.patientId,
          details: { sha256: row.sha256, sizeBytes: row.sizeBytes, notModified },
        });
      } catch (error) {
        await handle?.close();
        throw error;
      }
      void reply
        .header('etag', etag)
        // Patient data: kept only in this user's browser, and re-checked (and audited) each time.
        .header('cache-control', 'private, no-cache')
        .header('x-content-type-options', 'nosniff');
      if (handle === null) {
        return reply.status(304).send();
      }
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-length', String(row.sizeBytes))
        .header('content-disposition', contentDisposition(row.fileName, `ecg-${visible.id}.bin`))
        .send(handle.createReadStream());
    },
  );
}
