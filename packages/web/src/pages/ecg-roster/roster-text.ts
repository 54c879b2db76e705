/** Words of the roster page that several components share: weekdays, names, hours, runs. */
import { localize, type Locale } from '@gesang/domain';
import type { TFunction } from 'i18next';
import { dayHourOf, type GapRun, type HourGaps } from './gap-map.js';
import { addDays, timeOfMinute } from './roster-time.js';

/** Message keys of the weekdays, Monday first (index 0 … 6). */
export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * Short weekday name of day `day` (0 Monday … 6 Sunday), e.g. 周三 / Wed.
 * @example weekdayName(t, 2) // '周三'
 */
export function weekdayName(t: TFunction, day: number): string {
  return t(`ecgRoster.weekdays.${weekdayKeys[((day % 7) + 7) % 7] ?? 'mon'}`);
}

/**
 * `MM-DD` of a local date, as on the grid's day labels.
 * @example shortDate('2025-03-05') // '03-05'
 */
export function shortDate(date: string): string {
  return date.slice(5);
}

/** An organisation name from the roster answers, in `locale`, and whether it is in Tibetan. */
export function rosterOrgName(
  name: { zh: string; en: string; bo: string | null },
  locale: Locale,
): { text: string; lang: 'bo' | undefined } {
  return {
    text: localize({ ...name, bo: name.bo ?? undefined }, locale),
    lang: locale === 'bo' && name.bo !== null ? 'bo' : undefined,
  };
}

/**
 * The time zone as people say it: 北京时间 / Beijing time for Asia/Shanghai, else its IANA name.
 * @example zoneLabel(t, 'Asia/Shanghai') // '北京时间'
 */
export function zoneLabel(t: TFunction, timeZone: string): string {
  return timeZone === 'Asia/Shanghai'
    ? t('ecgRoster.zoneShanghai')
    : t('ecgRoster.zoneOther', { zone: timeZone });
}

/**
 * An uncovered stretch as text: `周三 03:00–04:00`, or across midnight `周二 22:00 – 周三 02:00`.
 * A run ending at the week's end reads 24:00 on Sunday.
 * @example runText(t, { startIndex: 51, endIndex: 52 }) // '周三 03:00–04:00'
 */
export function runText(t: TFunction, run: GapRun): string {
  const from = dayHourOf(run.startIndex);
  const last = dayHourOf(run.endIndex - 1);
  const fromText = timeOfMinute(from.hour * 60);
  const toText = timeOfMinute((last.hour + 1) * 60);
  if (from.day === last.day) {
    return `${weekdayName(t, from.day)} ${fromText}–${toText}`;
  }
  return `${weekdayName(t, from.day)} ${fromText} – ${weekdayName(t, last.day)} ${toText}`;
}

/**
 * The label of the week shown: `2025-03-03 – 03-09`.
 * @example weekRange('2025-03-03') // '2025-03-03 – 03-09'
 */
export function weekRange(weekStart: string): string {
  return `${weekStart} – ${shortDate(addDays(weekStart, 6))}`;
}

/**
 * The tooltip of an hour cell: the hour and what is missing in it, or that it is covered.
 * @example hourTitle(t, 2, 3, { reader: 60, onCall: 0, coordinator: 0 }) // '周三 03:00–04:00 · 无读图医生 60 分钟'
 */
export function hourTitle(t: TFunction, day: number, hour: number, gaps: HourGaps): string {
  const when = `${weekdayName(t, day)} ${timeOfMinute(hour * 60)}–${timeOfMinute(hour * 60 + 60)}`;
  const missing: string[] = [];
  if (gaps.reader > 0) {
    missing.push(t('ecgRoster.gapReader', { minutes: gaps.reader }));
  }
  if (gaps.onCall > 0) {
    missing.push(t('ecgRoster.gapOnCall', { minutes: gaps.onCall }));
  }
  if (gaps.coordinator > 0) {
    missing.push(t('ecgRoster.gapCoordinator', { minutes: gaps.coordinator }));
  }
  const what =
    missing.length === 0 ? t('ecgRoster.covered') : missing.join(t('ecgRoster.listSeparator'));
  return `${when} · ${what}`;
}
