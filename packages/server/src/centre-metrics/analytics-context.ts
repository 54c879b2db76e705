import type { Centre } from '@gesang/domain';
import type { FastifyRequest } from 'fastify';
import { currentTime } from '../escalation/clock.js';
import type { StatsPeriod } from '../ecg-stats/period.js';
import {
  availableCases,
  loadCases,
  orgInfos,
  resolveCasePeriod,
  type LoadedCase,
  type OrgInfo,
} from './load-cases.js';
import { assertOrgInScope, metricsCaller, type MetricsCaller } from './metrics-scope.js';

/** The query fields every analytics request shares. */
export interface AnalyticsQuery {
  from?: string | undefined;
  to?: string | undefined;
  orgId?: string | undefined;
  demo?: boolean | undefined;
}

/** What an analytics request counts, resolved once. */
export interface AnalyticsContext {
  caller: MetricsCaller;
  now: Date;
  period: StatsPeriod;
  /** Demo or real cases (never both). */
  demo: boolean;
  available: { real: number; demo: number };
  /** Organisations with cases in the period, before the `orgId` filter (hub first). */
  orgs: OrgInfo[];
  orgId: string | null;
  /** The counted cases (after the `orgId` filter). */
  cases: LoadedCase[];
}

/**
 * Resolves who asks, the period, demo or real (default: real when the scope holds any real case,
 * else demo), and loads the counted cases.
 * @param centre one centre's cases only, or all.
 * @throws GesangError 403 (permission), 404 (an organisation outside the scope), 400 (period).
 * @example const context = await analyticsContext(request, request.query, 'chest_pain');
 */
export async function analyticsContext(
  request: FastifyRequest,
  query: AnalyticsQuery,
  centre?: Centre,
): Promise<AnalyticsContext> {
  const caller = await metricsCaller(request);
  const { db } = request.server.database;
  const now = currentTime(request.server.config);
  const period = resolveCasePeriod(query, now);
  if (query.orgId !== undefined) {
    assertOrgInScope(caller.scope, query.orgId, 'query.orgId');
  }
  const available = await availableCases(db, caller.scope);
  const demo = query.demo ?? available.real === 0;
  const all = await loadCases(db, { scope: caller.scope, demo, period, centre });
  const orgs = await orgInfos(db, [...new Set(all.map((l) => l.c.orgId ?? ''))]);
  const orgId = query.orgId ?? null;
  return {
    caller,
    now,
    period,
    demo,
    available,
    orgs,
    orgId,
    cases: orgId === null ? all : all.filter((l) => l.c.orgId === orgId),
  };
}

/**
 * The answer fields every analytics response shares.
 * @example return { ...periodFields(context), caseCount: context.cases.length, … };
 */
export function periodFields(context: AnalyticsContext): {
  from: string;
  to: string;
  timeZone: 'Asia/Shanghai';
  months: string[];
  demo: boolean;
  available: { real: number; demo: number };
  orgs: OrgInfo[];
  orgId: string | null;
} {
  return {
    from: context.period.from,
    to: context.period.to,
    timeZone: 'Asia/Shanghai',
    months: context.period.months,
    demo: context.demo,
    available: context.available,
    orgs: context.orgs,
    orgId: context.orgId,
  };
}
