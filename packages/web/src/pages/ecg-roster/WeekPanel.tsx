import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { Shift } from '@gesang/domain';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { DayHours } from './DayHours.js';
import { gapRuns, gapsByHour, secondDuty, type CoverageTarget } from './gap-map.js';
import { addDays } from './roster-time.js';
import { runText, weekRange } from './roster-text.js';
import { WeekGrid } from './WeekGrid.js';
import { weekSegments } from './week-layout.js';

/** Props of {@link WeekPanel}. */
export interface WeekPanelProps {
  target: CoverageTarget;
  /** Local date of the shown week's Monday. */
  weekStart: string;
  /** The organisation's shifts, or null when the user may not list them. */
  shifts: readonly Shift[] | null;
  /** Today's day of the shown week (0–6), or null; and the local minute now. */
  today: number | null;
  nowMinute: number;
  /** The signed-in user, whose own shifts are marked. */
  myUserId: string;
  /** Show another week (any date in it), or this week (undefined). */
  onWeek: (week: string | undefined) => void;
  onGap?: ((day: number, hour: number) => void) | undefined;
  onShift?: ((shift: Shift) => void) | undefined;
}

/** Most uncovered stretches listed by name under the summary; the grid shows them all. */
const listedRuns = 6;

/**
 * One organisation's week: navigation, the count of hours no reader covers (and, by tier, hours
 * without the on-call cardiologist or the coordinator) with the uncovered stretches named, and
 * the grid (desktop) or one day at a time (phone).
 */
export function WeekPanel(props: WeekPanelProps): ReactElement {
  const { target, weekStart, shifts, today, nowMinute, myUserId, onWeek, onGap, onShift } = props;
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const hours = useMemo(() => gapsByHour(target), [target]);
  const segments = useMemo(() => weekSegments(shifts ?? [], weekStart), [shifts, weekStart]);
  const duty = secondDuty(target.tier);
  const dutyGaps = duty === 'onCall' ? target.onCallGaps : target.coordinatorGaps;
  const runs = gapRuns(target.gaps);
  const view = { weekStart, segments, hours, today, nowMinute, myUserId, onGap, onShift };

  const nav = (
    <Space size={4} wrap>
      <Button
        size="small"
        icon={<LeftOutlined />}
        onClick={() => onWeek(addDays(weekStart, -7))}
        aria-label={t('ecgRoster.previousWeek')}
        data-testid="roster-previous-week"
      >
        {isPhone ? null : t('ecgRoster.previousWeek')}
      </Button>
      <Button size="small" onClick={() => onWeek(undefined)} data-testid="roster-this-week">
        {t('ecgRoster.thisWeek')}
      </Button>
      <Button
        size="small"
        onClick={() => onWeek(addDays(weekStart, 7))}
        aria-label={t('ecgRoster.nextWeek')}
        data-testid="roster-next-week"
      >
        {isPhone ? null : t('ecgRoster.nextWeek')}
        <RightOutlined />
      </Button>
    </Space>
  );

  return (
    <Card
      size="small"
      className="gesang-roster-week"
      data-testid="roster-week"
      data-week-start={weekStart}
      title={
        <span className="gesang-roster-card-title">
          {t('ecgRoster.weekTitle')}
          <Typography.Text type="secondary" className="gesang-roster-digits">
            {weekRange(weekStart)}
          </Typography.Text>
        </span>
      }
      extra={isPhone ? undefined : nav}
    >
      {isPhone && <div className="gesang-roster-phone-nav">{nav}</div>}
      <Alert
        type={target.uncoveredHours > 0 ? 'error' : 'success'}
        showIcon
        data-testid="roster-uncovered"
        data-count={target.uncoveredHours}
        title={
          target.uncoveredHours > 0
            ? t('ecgRoster.uncoveredHours', { count: target.uncoveredHours })
            : t('ecgRoster.allCovered')
        }
        description={
          <>
            {runs.length > 0 && (
              <div className="gesang-roster-runs" data-testid="roster-gap-runs">
                {runs.slice(0, listedRuns).map((run) => (
                  <span key={run.startIndex}>{runText(t, run)}</span>
                ))}
                {runs.length > listedRuns && (
                  <span>{t('ecgRoster.moreRuns', { count: runs.length - listedRuns })}</span>
                )}
              </div>
            )}
            <div data-testid="roster-duty-gaps" data-count={dutyGaps.length}>
              {dutyGaps.length > 0
                ? t(`ecgRoster.${duty}Uncovered`, { count: dutyGaps.length })
                : t(`ecgRoster.${duty}Covered`)}
            </div>
          </>
        }
      />
      {shifts === null && (
        <Typography.Paragraph type="secondary" className="gesang-roster-note">
          {t('ecgRoster.shiftsHidden')}
        </Typography.Paragraph>
      )}
      {isPhone ? <DayHours {...view} /> : <WeekGrid {...view} />}
      <div className="gesang-roster-legend" aria-hidden>
        <span className="gesang-roster-key gesang-roster-covered" />
        {t('ecgRoster.legend.covered')}
        <span className="gesang-roster-key gesang-roster-reader-gap" />
        {t('ecgRoster.legend.readerGap')}
        <span className="gesang-roster-key gesang-roster-duty-gap" />
        {t(`ecgRoster.legend.${duty}Gap`)}
      </div>
    </Card>
  );
}
