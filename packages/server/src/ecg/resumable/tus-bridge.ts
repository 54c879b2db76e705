/**
 * Between Fastify and the tus server (which speaks Web Request/Response): the request is handed
 * over with only the tus headers and, for PATCH, the raw body as a stream (never buffered); the
 * answer comes back with only the tus headers, and tus's plain-text errors become our problems
 * `{status, code, message, field}`.
 */
import { Readable } from 'node:stream';
import { GesangError } from '@gesang/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { tooLarge } from '../upload-fields.js';
import type { ResumableCaller } from './upload-caller.js';
import { studyIdHeader, type TusService } from './tus-service.js';

/** The tus protocol version spoken here. */
export const tusVersion = '1.0.0';

/** The only body type of a PATCH (tus 1.0 §PATCH). */
export const chunkContentType = 'application/offset+octet-stream';

const requestHeaders = [
  'tus-resumable',
  'upload-length',
  'upload-defer-length',
  'upload-metadata',
  'upload-offset',
  'content-length',
];

const responseHeaders = [
  'tus-resumable',
  'upload-offset',
  'upload-length',
  'upload-metadata',
  'upload-expires',
  'location',
  'cache-control',
  studyIdHeader.toLowerCase(),
];

/**
 * The Web Request handed to tus. Cookies and tokens stay behind: the caller is already known.
 * @param request the Fastify request.
 * @param path the path tus sees (`/api/ecg/uploads` or `…/<id>`), from validated parameters.
 * @param withBody stream the raw body (PATCH only; the body of a POST is never read).
 */
export function toTusRequest(request: FastifyRequest, path: string, withBody: boolean): Request {
  const headers = new Headers();
  for (const name of requestHeaders) {
    const value = request.headers[name];
    if (typeof value === 'string') {
      headers.set(name, value);
    }
  }
  if (withBody) {
    headers.set('content-type', chunkContentType);
  } else {
    headers.delete('content-length');
  }
  return new Request(`http://gesang.invalid${path}`, {
    method: request.method,
    headers,
    body: withBody ? Readable.toWeb(request.raw) : null,
    duplex: 'half',
  });
}

/**
 * Every tus answer carries `Tus-Resumable`; a request without the version spoken here is refused
 * before anything happens (tus 1.0 §Tus-Resumable: 412 with `Tus-Version`).
 * @throws GesangError 412 naming `header.tus-resumable`.
 */
export function requireTusResumable(request: FastifyRequest, reply: FastifyReply): void {
  void reply.header('Tus-Resumable', tusVersion);
  if (request.headers['tus-resumable'] !== tusVersion) {
    void reply.header('Tus-Version', tusVersion);
    throw new GesangError(412, 'bad_request', `Send the header Tus-Resumable: ${tusVersion}`, {
      field: 'header.tus-resumable',
    });
  }
}

/**
 * Lets tus handle `request` for `caller` and returns its answer with any error our hooks threw.
 * @param path the path tus sees (from validated parameters).
 * @param withBody stream the body (PATCH).
 */
export async function handOver(
  tus: TusService,
  request: FastifyRequest,
  caller: ResumableCaller,
  path: string,
  withBody: boolean,
): Promise<{ response: Response; failure: Error | undefined }> {
  const web = toTusRequest(request, path, withBody);
  tus.bind(web, request, caller);
  const response = await tus.server.handleWeb(web);
  return { response, failure: tus.failureOf(web) };
}

/** tus's error answers as problems. */
function tusProblem(status: number, text: string, maxBytes: number): Error {
  const said = text.trim();
  switch (status) {
    case 409:
      return GesangError.conflict(
        'Upload-Offset is not where the upload stands; ask with HEAD and continue from its Upload-Offset',
        'header.upload-offset',
      );
    case 404:
      return GesangError.notFound('Upload');
    case 410:
      return new GesangError(410, 'not_found', 'The upload has expired; create a new one');
    case 413:
      return said.startsWith('Maximum')
        ? tooLarge(maxBytes)
        : new GesangError(413, 'payload_too_large', 'The chunk goes past Upload-Length', {
            field: 'body',
          });
    case 400:
    case 403: {
      // tus names the header it refused: "Invalid upload-offset", "Upload-Offset header required".
      const named = /(upload-[a-z]+|content-type|tus-resumable)/i.exec(said)?.[1]?.toLowerCase();
      return GesangError.badRequest(
        `Invalid tus request: ${said}`,
        named === undefined ? undefined : `header.${named}`,
      );
    }
    default:
      return status >= 500
        ? new Error(`tus answered ${status}: ${said}`)
        : new GesangError(status, 'bad_request', said);
  }
}

/**
 * Sends tus's answer, or throws it as a problem (our own hook's error as it was thrown).
 * @param reply the Fastify reply.
 * @param response what tus answered.
 * @param failure what one of our hooks threw, if anything.
 * @param maxBytes the configured ECG size limit (stated in a 413).
 */
export async function sendTusResponse(
  reply: FastifyReply,
  response: Response,
  failure: Error | undefined,
  maxBytes: number,
): Promise<FastifyReply> {
  if (response.status >= 400) {
    throw failure ?? tusProblem(response.status, await response.text(), maxBytes);
  }
  await response.body?.cancel();
  for (const name of responseHeaders) {
    const value = response.headers.get(name);
    if (value !== null) {
      void reply.header(name, value);
    }
  }
  return reply.status(response.status).send();
}
