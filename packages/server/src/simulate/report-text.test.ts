import { describe, expect, it } from 'vitest';
import type { PlanInput, PlanResult } from './plan.js';
import { defaultReadingModel } from './reading-model.js';
import { formatPlan, percent } from './report-text.js';
import type { GroupSummary } from './stats.js';

const group = (count: number, share: number): GroupSummary => ({
  count,
  claim: { medianMin: 1, p90Min: 2.5, p99Min: 4 },
  sign: { medianMin: 5, p90Min: 7.25, p99Min: 9.5 },
  withinSlaShare: share,
  within10MinShare: share,
});

describe('the simulate report', () => {
  it('rounds shares down, so that 98.99 % never reads as 99.0 %', () => {
    expect(percent(0.9899)).toBe('98.9 %');
    expect(percent(0.99)).toBe('99.0 %');
    expect(percent(1)).toBe('100.0 %');
    expect(percent(null)).toBe('—');
  });

  it('states the staffing per goal, what one reader fewer gives, overload and unreachable goals', () => {
    const input: PlanInput = {
      fileLevels: ['critical', 'routine'],
      ratePerHour: 60,
      hours: 168,
      profile: 'flat',
      seed: 1,
      readers: 3,
      target: 0.99,
      criticalShare: null,
      model: defaultReadingModel,
      slaMinutes: { critical: 10, urgent: 30, routine: 120 },
    };
    const result: PlanResult = {
      studies: 10_000,
      byLevel: { critical: 600, urgent: 4_400, routine: 5_000 },
      offeredLoad: 3.95,
      summary: {
        readers: 3,
        byLevel: {
          critical: group(600, 0.99),
          urgent: group(4_400, 0.5),
          routine: group(5_000, 0.1),
        },
        all: group(10_000, 0.3),
        utilisation: 0.999,
      },
      goals: [
        {
          goal: 'critical-within-sla',
          found: { readers: 3, share: 0.9904 },
          below: { readers: 2, share: 0.963 },
          unlimitedShare: 0.995,
        },
        {
          goal: 'all-within-sla',
          found: { readers: 5, share: 0.999 },
          below: { readers: 4, share: 0.971 },
          unlimitedShare: 1,
        },
        { goal: 'all-within-10-min', found: null, below: null, unlimitedShare: 0.971 },
      ],
    };
    const pool = {
      levels: input.fileLevels.slice(),
      skipped: { 'not-ecg': 4, 'few-leads': 0, unreadable: 0, unanalysable: 0 },
      analysed: 0,
    };
    const text = formatPlan(input, pool, ['/data/ecg'], result);
    expect(text).toContain(
      '168 h of ECGs at 60/h (flat profile, seed 1): 10,000 ECGs (critical 600, urgent 4,400, routine 5,000)',
    );
    expect(text).toContain(
      'Replayed from 2 real ECG files in /data/ecg: critical 1, urgent 0, routine 1',
    );
    expect(text).toMatch(
      / {2}critical {7}600 {4}99\.0 % {4}99\.0 % {7}1\.0 {4}2\.5 {4}4\.0 {7}5\.0 {4}7\.3 {4}9\.5\n/,
    );
    expect(text).toMatch(
      /critical ECGs signed within 10 min +3 readers \(99\.0 %; 2 give 96\.3 %\) — but fewer readers than the offered load \(3\.95\)/,
    );
    expect(text).toMatch(
      /all ECGs signed within their SLA \(10\/30\/120 min\) +5 readers \(99\.9 %; 4 give 97\.1 %\)\n/,
    );
    expect(text).toContain('all ECGs signed within 10 min');
    expect(text).toContain('not reachable: even with a free reader for every ECG only 97.1 % are');
    expect(text).toContain('reader utilisation 99.9 %');
  });
});
