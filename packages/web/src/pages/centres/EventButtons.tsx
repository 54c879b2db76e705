import { ClockCircleOutlined } from '@ant-design/icons';
import type { Centre } from '@gesang/domain';
import { Button, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { eventLabel } from './centre-text.js';
import { nextEvents } from './next-events.js';

/** Props of {@link EventButtons}. */
export interface EventButtonsProps {
  centre: Centre;
  events: Readonly<Record<string, string>>;
  attributes: Readonly<Record<string, unknown>>;
  /** What is running (`record:door`), for the spinner. */
  busy: string | null;
  /** One tap: record the event now. */
  onRecord: (event: string) => void;
  /** "At another time…": choose the event and its time. */
  onOther: () => void;
}

/**
 * Big buttons for the next expected events of the case (door, cath-lab activation, wire …), each
 * recording "now" in one tap, and a small "at another time…" for anything else or earlier.
 */
export function EventButtons(props: EventButtonsProps): ReactElement {
  const { centre, events, attributes, busy, onRecord, onOther } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const next = nextEvents(centre, events, attributes);
  return (
    <div>
      {next.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
          {t('centres.events.tapHint')}
        </Typography.Text>
      )}
      <div className="gesang-event-buttons" data-testid="event-buttons">
        {next.map((event, i) => (
          <Button
            key={event}
            type={i === 0 ? 'primary' : 'default'}
            loading={busy === `record:${event}`}
            disabled={busy !== null && busy !== `record:${event}`}
            onClick={() => onRecord(event)}
            data-testid={`record-${event}`}
          >
            {eventLabel(centre, event, locale)}
          </Button>
        ))}
      </div>
      <Button
        type="link"
        icon={<ClockCircleOutlined />}
        onClick={onOther}
        style={{ paddingInline: 0, marginTop: 4 }}
        data-testid="record-other"
      >
        {t('centres.events.otherTime')}
      </Button>
    </div>
  );
}
