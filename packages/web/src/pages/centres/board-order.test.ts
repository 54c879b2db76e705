import type { CaseSummary } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { boardOrder, centreCounts } from './board-order.js';

const item = (
  id: string,
  centre: CaseSummary['centre'],
  openedAt: string,
  green: 'waiting' | 'acknowledged' | 'no' = 'no',
): CaseSummary => ({
  id,
  centre,
  orgId: 'hub',
  orgName: { zh: '', en: '', bo: null },
  patientId: null,
  openedHow: green === 'no' ? 'walk_in' : 'green_channel',
  openedBy: null,
  openedAt,
  status: 'open',
  closedAt: null,
  demo: false,
  sourceStudyId: null,
  acknowledgedAt: green === 'acknowledged' ? openedAt : null,
  acknowledgedBy: null,
  attributes: {},
  events: {},
  clocks: [],
  flags: [],
});

const cases = [
  item('stroke-new', 'stroke', '2026-03-01T10:00:00Z'),
  item('cp-old', 'chest_pain', '2026-03-01T08:00:00Z'),
  item('cp-green-acked', 'chest_pain', '2026-03-01T09:30:00Z', 'acknowledged'),
  item('cp-new', 'chest_pain', '2026-03-01T09:00:00Z'),
  item('cp-green-waiting', 'chest_pain', '2026-03-01T07:00:00Z', 'waiting'),
];

describe('boardOrder', () => {
  it('chest pain first, waiting green channels first, then newest first', () => {
    expect(boardOrder(cases).map((c) => c.id)).toEqual([
      'cp-green-waiting',
      'cp-green-acked',
      'cp-new',
      'cp-old',
      'stroke-new',
    ]);
  });

  it('filters to one centre', () => {
    expect(boardOrder(cases, 'stroke').map((c) => c.id)).toEqual(['stroke-new']);
  });
});

describe('centreCounts', () => {
  it('counts every centre, zero included', () => {
    expect(centreCounts(cases)).toEqual({
      chest_pain: 4,
      stroke: 1,
      trauma: 0,
      maternal: 0,
      neonatal: 0,
    });
  });
});
