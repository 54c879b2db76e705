import { describe, expect, it } from 'vitest';
import { centreCasesSchema } from './centre-case.js';
import { computeMetrics } from './compute-metrics.js';
import { generateDemoCases } from './demo-cases.js';
import type { DemoOrganisation } from './demo-cases.js';
import type { IntervalStats } from './metric-stats.js';

const endIso = '2025-06-01T00:00:00.000Z';
const consortium: DemoOrganisation[] = [
  { id: 'xigaze', tier: 'hub' },
  ...Array.from({ length: 13 }, (_, i) => ({
    id: `county-${String(i + 1)}`,
    tier: 'county' as const,
  })),
];
const cases = generateDemoCases({ seed: 2025, endIso, organisations: consortium });

describe('generateDemoCases', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const hub = [consortium[0] as DemoOrganisation];
    const a = generateDemoCases({ seed: 7, endIso, organisations: hub, scale: 0.05 });
    expect(generateDemoCases({ seed: 7, endIso, organisations: hub, scale: 0.05 })).toEqual(a);
    expect(generateDemoCases({ seed: 8, endIso, organisations: hub, scale: 0.05 })).not.toEqual(a);
  });

  it('scales the seed figures to a few thousand cases', () => {
    const count = (org: string, centre: string): number =>
      cases.filter((c) => c.orgId === org && c.centre === centre).length;
    // Hub: 8,823 × 12/5 = 21,175 ÷ 20 → 1,059; 224 × 12/5 = 538 ÷ 2 → 269; 15,722 × 12/5 = 37,733 ÷ 40
    // → 943; 251 × 12/5 = 602 ÷ 2 → 301; 1,000 ÷ 4 → 250.
    expect(
      ['chest_pain', 'stroke', 'trauma', 'maternal', 'neonatal'].map((c) => count('xigaze', c)),
    ).toEqual([1059, 269, 943, 301, 250]);
    // A county: 4 % of the hub's unrounded volumes: 42.35 → 42, 10.76 → 11, 37.7 → 38, 12.04 → 12, 10.
    expect(cases.filter((c) => c.orgId === 'county-1')).toHaveLength(42 + 11 + 38 + 12 + 10);
    expect(cases).toHaveLength(2822 + 13 * 113);
  });

  it('gives valid, unique, demo-marked cases within the year before the end', () => {
    expect(centreCasesSchema.safeParse(cases).success).toBe(true);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(cases.every((c) => c.demo === true)).toBe(true);
    const endMs = Date.parse(endIso);
    const times = cases.flatMap((c) => Object.values(c.events).map((iso) => Date.parse(iso ?? '')));
    expect(Math.max(...times)).toBeLessThanOrEqual(endMs);
    const months = new Set(
      Object.keys(computeMetrics(cases).metrics['st.door_to_ct']?.byMonth ?? {}),
    );
    expect(months.size).toBeGreaterThanOrEqual(12);
  });

  it('is mostly compliant with a tail beyond target, and a few cases are flagged for review', () => {
    const report = computeMetrics(cases, { validation: { nowMs: Date.parse(endIso) } });
    const d2w = report.metrics['cp.d2w']?.overall as IntervalStats;
    expect(d2w.count).toBeGreaterThan(100);
    expect(d2w.compliance).toBeGreaterThan(0.7);
    expect(d2w.compliance).toBeLessThan(1);
    const fmcEcg = report.metrics['cp.fmc_to_ecg']?.overall as IntervalStats;
    expect(fmcEcg.meanMin).toBeLessThan(10);
    const flaggedShare = report.flaggedCaseCount / cases.length;
    expect(flaggedShare).toBeGreaterThan(0.005);
    expect(flaggedShare).toBeLessThan(0.05);
    const codes = new Set(report.flaggedCases.flatMap((c) => c.flags.map((f) => f.code)));
    expect(codes).toContain('order_violation');
    expect(codes).toContain('fmc_to_ecg_over_60');
  });
});
