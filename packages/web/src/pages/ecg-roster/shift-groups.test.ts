import type { Shift } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { endsNextDay, groupShifts, shownShifts, weekdayRuns } from './shift-groups.js';

let next = 0;
const shift = (parts: Partial<Shift>, name = 'Dr Wang'): Shift => {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    orgId: '00000000-0000-4000-8000-00000000aaaa',
    user: { id: `user-${name}`, displayName: name },
    role: 'primary',
    onCallCardiologist: false,
    weekday: 1,
    date: null,
    startTime: '08:00',
    endTime: '20:00',
    note: null,
    createdAt: '2025-03-01T00:00:00.000Z',
    ...parts,
  };
};

describe('groupShifts', () => {
  it('folds weekly shifts alike but for the weekday, keeping one-off shifts apart', () => {
    const days = [3, 1, 2].map((weekday) => shift({ weekday }));
    const night = shift({ weekday: 1, startTime: '20:00', endTime: '08:00' });
    const other = shift({ weekday: 2 }, 'Dr Zhang');
    const backup = shift({ weekday: 4, role: 'backup' });
    const once = [1, 2].map(() => shift({ weekday: null, date: '2025-03-05' }));
    const groups = groupShifts([...days, night, other, backup, ...once]);
    expect(groups.map((g) => [g.first.user.displayName, g.weekdays, g.shifts.length])).toEqual([
      ['Dr Wang', [1, 2, 3], 3],
      ['Dr Wang', [1], 1],
      ['Dr Zhang', [2], 1],
      ['Dr Wang', [4], 1],
      ['Dr Wang', [], 1],
      ['Dr Wang', [], 1],
    ]);
  });

  it('keeps shifts with different notes or on-call duty apart', () => {
    const a = shift({ weekday: 1, onCallCardiologist: true });
    const b = shift({ weekday: 2 });
    const c = shift({ weekday: 3, note: 'cover' });
    expect(groupShifts([a, b, c])).toHaveLength(3);
  });
});

describe('weekdayRuns', () => {
  it('makes runs of three or more days and lists the rest', () => {
    expect(weekdayRuns([1, 2, 3, 4, 5, 6, 7])).toEqual([[1, 7]]);
    expect(weekdayRuns([7, 1, 2, 3, 4, 5])).toEqual([
      [1, 5],
      [7, 7],
    ]);
    expect(weekdayRuns([1, 2, 5])).toEqual([
      [1, 1],
      [2, 2],
      [5, 5],
    ]);
    expect(weekdayRuns([])).toEqual([]);
  });
});

describe('endsNextDay', () => {
  it('is true when the end is at or before the start', () => {
    expect(endsNextDay({ startTime: '20:00', endTime: '08:00' })).toBe(true);
    expect(endsNextDay({ startTime: '00:00', endTime: '24:00' })).toBe(false);
  });
});

describe('shownShifts', () => {
  it('keeps weekly shifts and the week’s one-off ones (and the Sunday before), in time order', () => {
    // The week of Monday 3 March 2025.
    const friday = shift({ weekday: 5, startTime: '08:00' });
    const monday = shift({ weekday: 1, startTime: '20:00', endTime: '08:00' });
    const before = shift({ weekday: null, date: '2025-03-02', startTime: '22:00' });
    const inWeek = shift({ weekday: null, date: '2025-03-04', startTime: '07:00' });
    const later = shift({ weekday: null, date: '2025-03-10' });
    const earlier = shift({ weekday: null, date: '2025-03-01' });
    const shown = shownShifts([friday, later, inWeek, earlier, before, monday], '2025-03-03');
    expect(shown.map((s) => s.id)).toEqual([monday.id, friday.id, before.id, inWeek.id]);
  });
});
