import type { StudyEvent } from '@gesang/domain';
import { and, eq, gt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth, type AuthContext } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import type { Db } from '../db/database.js';
import { sessions, users } from '../db/schema/index.js';
import { alertFrames, isAlertEvent } from '../escalation/alert-frames.js';
import type { EcgRuntime } from './runtime.js';
import { flushFrames, queueFrame } from './frame-batcher.js';
import { ecgScope } from './visibility.js';

/** A comment line every 15 s keeps proxies from closing an idle stream. */
const heartbeatMs = 15_000;
/** How often a stream re-checks its session and the organisations it may see. */
const recheckMs = 30_000;

/** True while the session behind a stream is valid and its user enabled. */
async function sessionAlive(db: Db, auth: AuthContext): Promise<boolean> {
  const [row] = await db
    .select({ id: sessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, auth.sessionId),
        gt(sessions.expiresAt, new Date()),
        eq(users.disabled, false),
      ),
    );
  return row !== undefined;
}

const eventsQuerySchema = z.object({
  lastEventId: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Resume after this event id (for clients that cannot send the Last-Event-ID header)'),
});

/**
 * One SSE frame. The outbox tail hands the same event object to every stream, so its text is
 * made once and shared (200 readers would otherwise stringify each event 200 times).
 */
const frames = new WeakMap<StudyEvent, string>();
const frame = (event: StudyEvent): string => {
  let text = frames.get(event);
  if (text === undefined) {
    text = `id: ${event.id}\nevent: study\ndata: ${JSON.stringify(event)}\n\n`;
    frames.set(event, text);
  }
  return text;
};

/**
 * GET /api/ecg/events: Server-Sent Events of the studies the caller may see (the same rule as
 * GET /api/ecg/studies/{id}): `event: study`, `id:` the outbox id, `data:` a StudyEvent. With a
 * `Last-Event-ID` header (or `lastEventId` query) it first replays what was missed. The stream
 * ends when the session ends.
 */
export function studyEventsRoute(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = runtime;

  r.get(
    '/api/ecg/events',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags: ['ecg'],
        summary: 'Live study events (Server-Sent Events)',
        description:
          'text/event-stream of `event: study` frames whose data is a StudyEvent (received, analysed, rejected, ' +
          'claimed, released, signed, amended) of every study the caller may see. Resumes after the ' +
          'Last-Event-ID header (or lastEventId query). Escalation, breach and hand-over alerts addressed to ' +
          'the caller come as `event: alert` frames whose data is an Alert.',
        querystring: eventsQuerySchema,
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      let visible: ReadonlySet<string> = new Set(await ecgScope(db, auth));
      const header = request.headers['last-event-id'];
      const fromHeader =
        typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : null;
      const afterEventId = fromHeader ?? request.query.lastEventId ?? null;
      await writeAudit(db, request, {
        action: 'ecg.events.subscribe',
        resourceType: 'ecg_study',
        details: { organisations: visible.size, afterEventId },
      });

      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // Proxies (nginx) must pass each event on at once.
        'x-accel-buffering': 'no',
      });
      raw.write('retry: 2000\n\n');
      let closed = false;
      // Frames leave in batches (frame-batcher.ts): one write per stream per 100 ms at most.
      const write = (text: string): void => queueFrame(raw, text);
      const timers: NodeJS.Timeout[] = [];
      let unsubscribe = (): void => {};
      const stream = {
        end: () => {
          if (closed) {
            return;
          }
          closed = true;
          timers.forEach(clearInterval);
          unsubscribe();
          runtime.streams.delete(stream);
          flushFrames(raw);
          raw.end();
        },
      };
      runtime.streams.add(stream);
      // The response closes when the client goes away (or the stream is ended here).
      raw.on('close', stream.end);
      raw.on('error', stream.end);
      unsubscribe = await runtime.tail.subscribe(
        {
          visibleOrgIds: () => visible,
          // Alert rows go only to the people they name, as `event: alert` frames.
          send: (event) => {
            const texts = isAlertEvent(event) ? alertFrames(event, auth.userId) : [frame(event)];
            for (const text of texts) {
              write(text);
            }
          },
        },
        afterEventId,
      );
      if (closed) {
        unsubscribe();
        return;
      }
      timers.push(
        setInterval(() => queueFrame(raw, ': keep-alive\n\n'), heartbeatMs),
        setInterval(() => {
          void (async () => {
            if (!(await sessionAlive(db, auth))) {
              stream.end();
              return;
            }
            visible = new Set(await ecgScope(db, auth));
          })().catch((error: unknown) => request.log.warn({ err: error }, 'SSE recheck failed'));
        }, recheckMs),
      );
    },
  );
}
