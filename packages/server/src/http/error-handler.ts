import { GesangError } from '@gesang/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

const contextNames: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

/** Turns a schema validation failure into a 400 naming the first field at fault. */
function validationProblem(
  error: Pick<FastifyError, 'validation' | 'validationContext'>,
): GesangError {
  const context = contextNames[error.validationContext ?? 'body'] ?? 'body';
  const first = error.validation?.[0];
  const path = (first?.instancePath ?? '').split('/').filter(Boolean).join('.');
  const field = path === '' ? context : `${context}.${path}`;
  const message = first?.message ?? 'invalid value';
  return GesangError.badRequest(`${field}: ${message}`, field);
}

/** Maps Fastify's own errors (body parsing, limits) to problems; unknown errors become 500s. */
export function toGesangError(error: unknown): GesangError {
  if (error instanceof GesangError) {
    return error;
  }
  const fastifyError = error as Partial<FastifyError> & { statusCode?: number };
  if (hasZodFastifySchemaValidationErrors(error)) {
    return validationProblem(error);
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new GesangError(400, 'invalid_json', 'The request body is not valid JSON', {
        field: 'body',
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new GesangError(413, 'payload_too_large', 'The request body is too large', {
        field: 'body',
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new GesangError(415, 'unsupported_media_type', 'Send the body as application/json', {
        field: 'header.content-type',
      });
    default:
      break;
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new GesangError(400, 'invalid_json', 'The request body is not valid JSON', {
      field: 'body',
    });
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new GesangError(status, 'bad_request', fastifyError.message ?? 'Bad request');
  }
  return new GesangError(500, 'internal', 'Internal error', { cause: error });
}

/** Sends `error` as a JSON problem. Stack traces and causes never reach the client. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
): FastifyReply {
  const problem = toGesangError(error);
  if (problem.status >= 500) {
    request.log.error({ err: error }, 'request failed');
  } else {
    request.log.info({ code: problem.code, field: problem.field }, problem.message);
  }
  return reply.status(problem.status).type('application/json').send(problem.toProblem());
}

/** Installs the single error handler and the 404 handler. */
export function installErrorHandling(
  app: FastifyInstance,
  notFound?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | Promise<FastifyReply>,
): void {
  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, error));
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes get the app; a missing asset file is a plain 404, never index.html.
    const isPage = !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    if (notFound !== undefined && request.method === 'GET' && isPage) {
      return notFound(request, reply);
    }
    return sendProblem(
      request,
      reply,
      GesangError.notFound(`Route ${request.method} ${request.url.split('?')[0] ?? ''}`),
    );
  });
}
