import { describe, expect, it } from 'vitest';
import { planStaffing, type PlanInput } from './plan.js';
import { defaultReadingModel } from './reading-model.js';
import { memoiseByN, smallestPassing } from './search.js';

describe('smallestPassing', () => {
  it('finds the first n whose value passes, with the value one below', () => {
    const outcome = smallestPassing(
      (n) => n * n,
      (v) => v >= 10,
      100,
    );
    expect(outcome).toEqual({ found: { n: 4, value: 16 }, below: { n: 3, value: 9 } });
  });

  it('answers 1 with nothing below when the first passes, and null past the limit', () => {
    expect(
      smallestPassing(
        (n) => n,
        () => true,
        5,
      ),
    ).toEqual({
      found: { n: 1, value: 1 },
      below: null,
    });
    expect(
      smallestPassing(
        (n) => n,
        (v) => v > 5,
        5,
      ),
    ).toEqual({
      found: null,
      below: { n: 5, value: 5 },
    });
  });

  it('tries n in order, so it finds the smallest even for a criterion that is not monotone', () => {
    const tried: number[] = [];
    const outcome = smallestPassing(
      (n) => {
        tried.push(n);
        return n;
      },
      (v) => v === 3 || v === 7,
      10,
    );
    expect(outcome.found?.n).toBe(3);
    expect(tried).toEqual([1, 2, 3]);
  });

  it('memoiseByN computes each n once', () => {
    let calls = 0;
    const f = memoiseByN((n) => {
      calls += 1;
      return n + 1;
    });
    expect([f(2), f(2), f(3)]).toEqual([3, 3, 4]);
    expect(calls).toBe(2);
  });
});

describe('planStaffing --target', () => {
  // 40 routine, 10 urgent, 5 critical files (shares as in a county's mix).
  const fileLevels = [
    ...Array<'routine'>(40).fill('routine'),
    ...Array<'urgent'>(10).fill('urgent'),
    ...Array<'critical'>(5).fill('critical'),
  ];
  const input: PlanInput = {
    fileLevels,
    ratePerHour: 60,
    hours: 72,
    profile: 'flat',
    seed: 5,
    readers: null,
    target: 0.95,
    criticalShare: null,
    model: defaultReadingModel,
    slaMinutes: { critical: 10, urgent: 30, routine: 120 },
  };
  const plan = planStaffing(input);

  it('answers the smallest staffing meeting each goal: it passes and one reader fewer does not', () => {
    for (const goal of plan.goals ?? []) {
      const { found, below } = goal;
      expect(found, goal.goal).not.toBeNull();
      expect(found?.share ?? 0).toBeGreaterThanOrEqual(0.95);
      if (goal.goal !== 'critical-within-sla') {
        // 60/h × ~3.5 min mean reading ≈ 3.5 readers' work: fewer cannot keep up with all ECGs
        // (critical ones jump the queue, so they alone may be served by fewer).
        expect(found?.readers ?? 0).toBeGreaterThan(plan.offeredLoad);
      }
      expect(below?.readers).toBe((found?.readers ?? 0) - 1);
      expect(below?.share ?? 1).toBeLessThan(0.95);
    }
  });

  it('never needs fewer readers for a stricter target on the same stream (monotone)', () => {
    const readersFor = (target: number): (number | undefined)[] =>
      (planStaffing({ ...input, target }).goals ?? []).map((g) => g.found?.readers);
    const loose = readersFor(0.9);
    const strict = readersFor(0.97);
    for (const [i, n] of strict.entries()) {
      expect(n ?? Infinity).toBeGreaterThanOrEqual(loose[i] ?? Infinity);
    }
    const shares = [3, 4, 5, 6, 7, 8].map(
      (readers) => planStaffing({ ...input, readers, target: null }).summary?.all.withinSlaShare,
    );
    expect(shares).toEqual([...shares].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('calls a goal unreachable when reading alone takes too long, whatever the staffing', () => {
    const slow = {
      ...defaultReadingModel,
      readingMin: {
        ...defaultReadingModel.readingMin,
        critical: { kind: 'constant', valueMin: 11 },
      },
    } as const;
    const [critical] = planStaffing({ ...input, model: slow }).goals ?? [];
    expect(critical).toEqual({
      goal: 'critical-within-sla',
      found: null,
      below: null,
      unlimitedShare: 0,
    });
  });

  it('a stream with no ECG needs one reader and measures nothing', () => {
    const none = planStaffing({ ...input, ratePerHour: 0, readers: 2 });
    expect(none.studies).toBe(0);
    expect(none.summary?.utilisation).toBe(0);
    expect(none.goals?.map((g) => g.found)).toEqual([
      { readers: 1, share: null },
      { readers: 1, share: null },
      { readers: 1, share: null },
    ]);
  });
});
