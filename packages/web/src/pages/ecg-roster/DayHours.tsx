import { Segmented, Tag } from 'antd';
import { useState, type ReactElement } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dayBlocks } from './day-blocks.js';
import type { HourGaps } from './gap-map.js';
import { RoleTags } from './RoleTags.js';
import { addDays, timeOfMinute } from './roster-time.js';
import { shortDate, weekdayName } from './roster-text.js';
import type { WeekViewProps } from './WeekGrid.js';

/** What is missing in some hour of a block, in words, or null when it is covered. */
function missingText(t: TFunction, gaps: HourGaps): string | null {
  const missing: string[] = [];
  if (gaps.reader > 0) {
    missing.push(t('ecgRoster.legend.readerGap'));
  }
  if (gaps.onCall > 0) {
    missing.push(t('ecgRoster.legend.onCallGap'));
  }
  if (gaps.coordinator > 0) {
    missing.push(t('ecgRoster.legend.coordinatorGap'));
  }
  return missing.length === 0 ? null : missing.join(t('ecgRoster.listSeparator'));
}

/**
 * The week on a phone: one day at a time (today first when it is this week), as blocks of hours
 * naming who is on duty; uncovered hours are red and say what is missing (administrators tap
 * them to add a shift).
 */
export function DayHours(props: WeekViewProps): ReactElement {
  const { weekStart, segments, hours, today, myUserId, onGap, onShift } = props;
  const { t } = useTranslation();
  const [picked, setPicked] = useState<number | null>(null);
  const day = picked ?? today ?? 0;
  return (
    <div className="gesang-roster-dayview" data-testid="roster-day-view">
      <Segmented<number>
        block
        value={day}
        onChange={setPicked}
        data-testid="roster-day-picker"
        options={[0, 1, 2, 3, 4, 5, 6].map((d) => ({
          value: d,
          label: (
            <span className="gesang-roster-daypick" data-testid={`roster-pick-day-${d}`}>
              <span>{weekdayName(t, d)}</span>
              <span className={d === today ? 'gesang-roster-today-mark' : undefined}>
                {shortDate(addDays(weekStart, d)).slice(3)}
              </span>
            </span>
          ),
        }))}
      />
      <ol className="gesang-roster-hourlist" data-testid={`roster-day-${day}`}>
        {dayBlocks(segments, hours, day).map((block) => {
          const missing = missingText(t, block.gaps);
          const clickable = block.tone !== 'covered' && onGap !== undefined;
          return (
            <li
              key={block.startHour}
              className={`gesang-roster-hourrow gesang-roster-${block.tone}`}
              data-testid={`roster-hours-${day}-${block.startHour}-${block.endHour}`}
              data-tone={block.tone}
            >
              <span className="gesang-roster-hourlabel">
                {timeOfMinute(block.startHour * 60)}–{timeOfMinute(block.endHour * 60)}
              </span>
              <span className="gesang-roster-hourpeople">
                {missing !== null &&
                  (clickable ? (
                    <button
                      type="button"
                      className="gesang-roster-missing"
                      onClick={() => onGap(day, block.startHour)}
                    >
                      {missing} ＋
                    </button>
                  ) : (
                    <span className="gesang-roster-missing">{missing}</span>
                  ))}
                {block.segments.map((segment) => (
                  <span
                    key={segment.shift.id}
                    className="gesang-roster-chip"
                    data-testid={`roster-bar-${segment.shift.id}`}
                    role={onShift === undefined ? undefined : 'button'}
                    onClick={onShift === undefined ? undefined : () => onShift(segment.shift)}
                  >
                    <span className="gesang-roster-person">{segment.shift.user.displayName}</span>
                    {segment.shift.user.id === myUserId && <Tag>{t('ecgRoster.me')}</Tag>}
                    <RoleTags role={segment.shift.role} onCall={segment.shift.onCallCardiologist} />
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
