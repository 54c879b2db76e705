import type { Shift } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { dayBlocks } from './day-blocks.js';
import { hourIndex, type HourGaps } from './gap-map.js';
import { weekSegments } from './week-layout.js';

const weekStart = '2025-03-03';

const shift = (id: number, name: string, timing: Partial<Shift>): Shift => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  orgId: '00000000-0000-4000-8000-00000000aaaa',
  user: { id: `user-${name}`, displayName: name },
  role: 'primary',
  onCallCardiologist: false,
  weekday: null,
  date: null,
  startTime: '08:00',
  endTime: '20:00',
  note: null,
  createdAt: '2025-03-01T00:00:00.000Z',
  ...timing,
});

/** 168 covered hours, with `uncovered` reader gaps (weekday, hour) of 60 minutes. */
function hoursWith(uncovered: [number, number][]): HourGaps[] {
  const hours = Array.from({ length: 168 }, () => ({ reader: 0, onCall: 0, coordinator: 0 }));
  for (const [weekday, hour] of uncovered) {
    const entry = hours[hourIndex(weekday, hour)];
    if (entry !== undefined) {
      entry.reader = 60;
    }
  }
  return hours;
}

describe('dayBlocks', () => {
  it('merges hours with the same people and splits at a change of shift or a gap', () => {
    // Wednesday: Pasang's Tuesday night until 03:00, nobody 03:00–04:00, Pasang again from
    // 04:00 (a second shift, so a new block) and Kelsang 08:00–20:00 alongside.
    const shifts = [
      shift(1, 'Pasang', { weekday: 2, startTime: '20:00', endTime: '03:00' }),
      shift(2, 'Pasang', { weekday: 3, startTime: '04:00', endTime: '24:00' }),
      shift(3, 'Kelsang', { weekday: 3, startTime: '08:00', endTime: '20:00' }),
    ];
    const blocks = dayBlocks(weekSegments(shifts, weekStart), hoursWith([[3, 3]]), 2);
    expect(blocks.map((b) => [b.startHour, b.endHour, b.tone, b.segments.length])).toEqual([
      [0, 3, 'covered', 1],
      [3, 4, 'reader-gap', 0],
      [4, 8, 'covered', 1],
      [8, 20, 'covered', 2],
      [20, 24, 'covered', 1],
    ]);
    expect(blocks[1]?.gaps.reader).toBe(60);
  });

  it('gives one block for a day nobody covers', () => {
    const all = Array.from({ length: 24 }, (_, hour): [number, number] => [5, hour]);
    expect(dayBlocks([], hoursWith(all), 4)).toEqual([
      {
        startHour: 0,
        endHour: 24,
        tone: 'reader-gap',
        gaps: { reader: 60, onCall: 0, coordinator: 0 },
        segments: [],
      },
    ]);
  });
});
