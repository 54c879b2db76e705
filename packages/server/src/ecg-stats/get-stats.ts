import { ecgStatsQuerySchema, ecgStatsSchema, GesangError, type EcgStats } from '@gesang/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth, type AuthContext } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { ecgScope } from '../ecg/visibility.js';
import { currentTime } from '../escalation/clock.js';
import { buildStats, emptyFigures } from './build-stats.js';
import { resolvePeriod } from './period.js';

/** Every critical ECG signed within its SLA: the service's promise, so the goal is all of them. */
const criticalWithinSlaGoal = 1;

/**
 * Who may see the statistics: those who read or follow ECGs (`ecg:read`: readers, coordinators,
 * county staff, each for the studies their organisation sees) and administrators (`audit:read`),
 * who oversee the service's quality without reading ECGs themselves. A route declares one
 * permission, so this either-or is checked here and a refusal audited as the auth hook does.
 */
async function requireStatsPermission(request: FastifyRequest, auth: AuthContext): Promise<void> {
  if (auth.permissions.has('ecg:read') || auth.permissions.has('audit:read')) {
    return;
  }
  await writeAudit(request.server.database.db, request, {
    action: 'access.denied',
    outcome: 'denied',
    details: {
      route: request.routeOptions.url,
      method: request.method,
      permission: 'ecg:read|audit:read',
    },
  });
  throw GesangError.forbidden('Your roles here allow neither ecg:read nor audit:read');
}

/**
 * GET /api/ecg/stats: SLA statistics of the studies the caller's organisation may see (its own
 * uploads and those routed to it: `ecgScope`), received in a period of calendar days in the
 * consortium's time zone (config `reportTimeZone`, Asia/Shanghai), optionally of one triage
 * level. Answers every grouping at once (overall, by county, by reader, by month) and the
 * machine-versus-reader statement agreement. Times run from receipt (the county pressed send),
 * where the SLA starts. Audited once with the period and the number of studies counted.
 */
export function getStatsRoute(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const { config } = app;

  r.get(
    '/api/ecg/stats',
    {
      schema: {
        tags: ['ecg'],
        summary: 'SLA statistics: critical ECGs signed in time, time to claim and sign',
        description:
          'Needs ecg:read or audit:read. Counts analysed studies received from `from` to `to` ' +
          '(calendar days in Asia/Shanghai, both included; default the last 12 months) in the ' +
          'organisations the caller may see. All groupings are answered at once: overall, ' +
          'byCounty (sending organisation), byReader (signer, else holder; null = nobody), ' +
          'byMonth (month of receipt, Asia/Shanghai, every month of the period). Durations in ' +
          'seconds from receipt; median/p90/p99 by the nearest-rank method (value at rank ' +
          '⌈p·n⌉). A critical study counts within the SLA when signed at most ' +
          'slaMinutesCritical after receipt; unsigned ones still inside it are not judged. ' +
          'agreement compares the machine statements with the latest signed report version.',
        querystring: ecgStatsQuerySchema,
        response: { 200: ecgStatsSchema },
      },
    },
    async (request): Promise<EcgStats> => {
      const auth = requireAuth(request);
      await requireStatsPermission(request, auth);
      const now = currentTime(config);
      const timeZone = config.reportTimeZone;
      const period = resolvePeriod(request.query, now, timeZone);
      const triage = request.query.triage ?? null;
      const scope = await ecgScope(db, auth);
      const slaMinutesCritical = config.slaMinutes.critical;
      const figures =
        scope.length === 0
          ? {
              percentileMethod: 'nearest-rank' as const,
              overall: emptyFigures(),
              byCounty: [],
              byReader: [],
              byMonth: period.months.map((month) => ({ ...emptyFigures(), month })),
              agreement: { signedStudies: 0, statements: [] },
            }
          : await buildStats(db, { scope, period, timeZone, triage }, now, slaMinutesCritical);
      await writeAudit(db, request, {
        action: 'ecg.stats.read',
        resourceType: 'ecg_study',
        details: {
          from: period.from,
          to: period.to,
          triage,
          studies: figures.overall.studies,
          orgIds: figures.byCounty.map((c) => c.orgId),
        },
      });
      return {
        from: period.from,
        to: period.to,
        triage,
        timeZone,
        slaMinutesCritical,
        criticalWithinSlaGoal,
        ...figures,
      };
    },
  );
}
