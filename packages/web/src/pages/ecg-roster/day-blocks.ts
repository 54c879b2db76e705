/**
 * The phone's day view: a day's 24 hours merged into blocks of consecutive hours with the same
 * people on duty and the same gaps, so a coordinator reads "08:00–20:00 Dr Wang, Dr Chen"
 * instead of twelve identical rows.
 */
import { hourIndex, hourTone, type HourGaps, type HourTone } from './gap-map.js';
import { hourSegments, type ShiftSegment } from './week-layout.js';

/** Consecutive hours of one day with the same people and the same tone. */
export interface DayBlock {
  /** First hour, 0–23. */
  startHour: number;
  /** Hour after the last one, 1–24. */
  endHour: number;
  tone: HourTone;
  /** The largest uncovered minutes of any hour in the block, by duty. */
  gaps: HourGaps;
  /** One segment per shift on duty in these hours (the first hour's). */
  segments: ShiftSegment[];
}

const noGaps: HourGaps = { reader: 0, onCall: 0, coordinator: 0 };

/** The people of an hour as a comparable key: shift ids, sorted. */
function peopleKey(segments: readonly ShiftSegment[]): string {
  return segments
    .map((s) => s.shift.id)
    .sort()
    .join(',');
}

/**
 * Merge the hours of day `day` (0 Monday … 6 Sunday) into blocks.
 * @param segments the week's segments ({@link weekSegments}).
 * @param hours uncovered minutes by hour of the week (168).
 * @example dayBlocks(segments, hours, 2).map((b) => [b.startHour, b.endHour, b.tone])
 * // [[0, 3, 'covered'], [3, 4, 'reader-gap'], [4, 24, 'covered']]
 */
export function dayBlocks(
  segments: readonly ShiftSegment[],
  hours: readonly HourGaps[],
  day: number,
): DayBlock[] {
  const blocks: (DayBlock & { key: string })[] = [];
  for (let hour = 0; hour < 24; hour++) {
    const gaps = hours[hourIndex(day + 1, hour)] ?? noGaps;
    const tone = hourTone(gaps);
    const present = hourSegments(segments, day, hour);
    const key = `${tone}|${peopleKey(present)}`;
    const last = blocks[blocks.length - 1];
    if (last !== undefined && last.key === key) {
      last.endHour = hour + 1;
      last.gaps = {
        reader: Math.max(last.gaps.reader, gaps.reader),
        onCall: Math.max(last.gaps.onCall, gaps.onCall),
        coordinator: Math.max(last.gaps.coordinator, gaps.coordinator),
      };
    } else {
      blocks.push({ key, startHour: hour, endHour: hour + 1, tone, gaps, segments: present });
    }
  }
  return blocks.map(({ key: _key, ...block }) => block);
}
