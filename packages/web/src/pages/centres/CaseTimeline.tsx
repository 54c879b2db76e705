import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { CaseEvent, Centre } from '@gesang/domain';
import { Button, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Fragment, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { currentLocale } from '../../i18n/index.js';
import { formatMinutes } from './case-clock.js';
import { timelineRows } from './case-intervals.js';
import { eventLabel } from './centre-text.js';

/** Props of {@link CaseTimeline}. */
export interface CaseTimelineProps {
  centre: Centre;
  timeline: readonly CaseEvent[];
  onCorrect: (event: CaseEvent) => void;
  onRemove: (event: CaseEvent) => void;
}

/** Colour of each source: a device's clock, the system itself, or typed by a person. */
const sourceColour = { device: 'purple', system: 'cyan', manual: 'default' } as const;

/**
 * The recorded events in time order, the minutes between consecutive ones, where each time came
 * from and who recorded it, with "correct" and "remove" (both ask for a reason).
 */
export function CaseTimeline(props: CaseTimelineProps): ReactElement {
  const { centre, timeline, onCorrect, onRemove } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const isPhone = useIsPhone();
  const rows = timelineRows(centre, timeline);
  if (rows.length === 0) {
    return <Typography.Text type="secondary">{t('centres.case.noEvents')}</Typography.Text>;
  }
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="case-timeline">
      {rows.map(({ event, sincePreviousMin }) => (
        <Fragment key={event.event}>
          {sincePreviousMin !== null && (
            <li className="gesang-timeline-gap" aria-hidden>
              ↓ {t('centres.case.sincePrevious', { minutes: formatMinutes(sincePreviousMin) })}
            </li>
          )}
          <li
            data-testid={`timeline-${event.event}`}
            data-at={event.at}
            style={{ padding: '6px 0', borderBottom: '1px solid rgba(0,0,0,0.06)' }}
          >
            <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
              <span className="gesang-timeline-time">{dayjs(event.at).format('MM-DD HH:mm')}</span>
              <Typography.Text strong style={{ flex: 1, minWidth: 0 }}>
                {eventLabel(centre, event.event, locale)}
              </Typography.Text>
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={() => onCorrect(event)}
                aria-label={t('centres.events.correct')}
                data-testid={`timeline-${event.event}-correct`}
              >
                {isPhone ? null : t('centres.events.correct')}
              </Button>
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                onClick={() => onRemove(event)}
                aria-label={t('centres.events.remove')}
                data-testid={`timeline-${event.event}-remove`}
              />
            </div>
            <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6 }}>
              <Tag color={sourceColour[event.source]} style={{ marginInlineEnd: 0 }}>
                {t(`centres.sources.${event.source}`)}
              </Tag>
              {event.recordedBy !== null && (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {event.recordedBy.displayName}
                </Typography.Text>
              )}
            </div>
          </li>
        </Fragment>
      ))}
    </ol>
  );
}
