import type { Shift } from '@gesang/domain';
import type { ReactElement } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { hourIndex, hourTone, type HourGaps } from './gap-map.js';
import { addDays, timeOfMinute } from './roster-time.js';
import { hourTitle, shortDate, weekdayName } from './roster-text.js';
import { dayLanes, type ShiftSegment } from './week-layout.js';

/** What the week's views (the desktop grid and the phone's day view) draw. */
export interface WeekViewProps {
  /** Local date of the week's Monday. */
  weekStart: string;
  segments: readonly ShiftSegment[];
  /** Uncovered minutes by hour of the week (168, Monday 00:00 first). */
  hours: readonly HourGaps[];
  /** Today's day of the week shown (0 Monday … 6 Sunday), or null when it is another week. */
  today: number | null;
  /** Local minute of the day now (0–1439), for the "now" line. */
  nowMinute: number;
  /** The signed-in user, whose own shifts are marked. */
  myUserId: string;
  /** Administrators: add a shift for an uncovered hour. */
  onGap?: ((day: number, hour: number) => void) | undefined;
  /** Administrators: edit the shift of a bar. */
  onShift?: ((shift: Shift) => void) | undefined;
}

const days = [0, 1, 2, 3, 4, 5, 6];
const hoursOfDay = Array.from({ length: 24 }, (_, hour) => hour);
const percentOfDay = (minute: number): string => `${(minute / 1440) * 100}%`;

/** The text of a bar: who, and in which duty. */
function barText(t: TFunction, segment: ShiftSegment): string {
  const { shift } = segment;
  const duty = t(`ecgRoster.roles.${shift.role}`);
  const onCall = shift.onCallCardiologist ? ` · ${t('ecgRoster.onCallShort')}` : '';
  return `${shift.user.displayName} · ${duty}${onCall}`;
}

/**
 * The week as a 7-day × 24-hour grid (desktop): each day a coverage strip — red where no reader
 * is on duty, hatched red where the hub's on-call cardiologist or the centre's coordinator is
 * missing — over one lane per person and duty, with overnight shifts split at midnight.
 */
export function WeekGrid(props: WeekViewProps): ReactElement {
  const { weekStart, segments, hours, today, nowMinute, myUserId, onGap, onShift } = props;
  const { t } = useTranslation();
  return (
    <div className="gesang-roster-grid" data-testid="roster-week-grid">
      <div className="gesang-roster-row gesang-roster-head" aria-hidden>
        <div className="gesang-roster-label" />
        <div className="gesang-roster-hours">
          {hoursOfDay.map((hour) => (
            <span key={hour}>{String(hour).padStart(2, '0')}</span>
          ))}
        </div>
      </div>
      {days.map((day) => {
        const lanes = dayLanes(segments, day);
        const isToday = day === today;
        return (
          <div
            key={day}
            className={`gesang-roster-row${isToday ? ' gesang-roster-today' : ''}`}
            data-testid={`roster-day-${day}`}
          >
            <div className="gesang-roster-label">
              <strong>{weekdayName(t, day)}</strong>
              <span>{shortDate(addDays(weekStart, day))}</span>
              {isToday && <span className="gesang-roster-today-mark">{t('ecgRoster.today')}</span>}
            </div>
            <div className="gesang-roster-day">
              <div className="gesang-roster-strip">
                {hoursOfDay.map((hour) => {
                  const gaps = hours[hourIndex(day + 1, hour)] ?? {
                    reader: 0,
                    onCall: 0,
                    coordinator: 0,
                  };
                  const tone = hourTone(gaps);
                  const clickable = tone !== 'covered' && onGap !== undefined;
                  return (
                    <span
                      key={hour}
                      className={`gesang-roster-cell gesang-roster-${tone}`}
                      data-testid={`roster-hour-${day}-${hour}`}
                      data-tone={tone}
                      title={hourTitle(t, day, hour, gaps)}
                      role={clickable ? 'button' : undefined}
                      tabIndex={clickable ? 0 : undefined}
                      onClick={clickable ? () => onGap(day, hour) : undefined}
                      onKeyDown={
                        clickable ? (e) => e.key === 'Enter' && onGap(day, hour) : undefined
                      }
                    />
                  );
                })}
              </div>
              {lanes.map((lane) => (
                <div key={lane.key} className="gesang-roster-lane">
                  {lane.segments.map((segment) => (
                    <span
                      key={`${segment.shift.id}-${segment.startMinute}`}
                      className={`gesang-roster-bar${segment.shift.user.id === myUserId ? ' gesang-roster-mine' : ''}`}
                      data-role={segment.shift.role}
                      data-testid={`roster-bar-${segment.shift.id}`}
                      style={{
                        insetInlineStart: percentOfDay(segment.startMinute),
                        width: percentOfDay(segment.endMinute - segment.startMinute),
                      }}
                      title={`${barText(t, segment)} ${timeOfMinute(segment.startMinute)}–${timeOfMinute(segment.endMinute)}`}
                      role={onShift === undefined ? undefined : 'button'}
                      onClick={onShift === undefined ? undefined : () => onShift(segment.shift)}
                    >
                      {barText(t, segment)}
                    </span>
                  ))}
                </div>
              ))}
              {isToday && (
                <span
                  className="gesang-roster-now"
                  style={{ insetInlineStart: percentOfDay(nowMinute) }}
                />
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
