import type { Centre } from '@gesang/domain';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { useNow } from '../ecg-reader/use-now.js';
import { eventLabel } from './centre-text.js';
import { instantFromLocal, isFuture, localInputValue } from './event-time.js';

/** Record an event at a chosen time, correct a recorded time, or remove an event. */
export type EventTimeMode =
  | { kind: 'record'; choices: readonly string[] }
  | { kind: 'correct'; event: string; at: string }
  | { kind: 'remove'; event: string };

/** Props of {@link EventTimeModal}. */
export interface EventTimeModalProps {
  centre: Centre;
  mode: EventTimeMode;
  busy: boolean;
  onCancel: () => void;
  /** Resolves true when saved (the dialog then closes). */
  onSubmit: (event: string, at: string | null, reason: string) => Promise<boolean>;
}

const quickMinutes = [5, 10, 15, 30] as const;

/**
 * The dialog behind "at another time…", "correct" and "remove": the event, its time (the
 * phone's own picker, with "5 / 10 / 15 / 30 min ago" shortcuts) and, for a change to a recorded
 * time, the reason, which the history keeps.
 */
export function EventTimeModal(props: EventTimeModalProps): ReactElement {
  const { centre, mode, busy, onCancel, onSubmit } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const nowMs = useNow(15_000);
  const [event, setEvent] = useState(mode.kind === 'record' ? (mode.choices[0] ?? '') : mode.event);
  const [time, setTime] = useState(() =>
    localInputValue(mode.kind === 'correct' ? Date.parse(mode.at) : Date.now()),
  );
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);

  const at = mode.kind === 'remove' ? null : instantFromLocal(time);
  const timeError =
    mode.kind === 'remove'
      ? null
      : at === null
        ? t('centres.events.timeInvalid')
        : isFuture(at, nowMs)
          ? t('centres.events.future')
          : null;
  const needsReason = mode.kind !== 'record';
  const reasonError =
    needsReason && reason.trim() === '' ? t('centres.events.reasonRequired') : null;
  const label = eventLabel(centre, event, locale);
  const title =
    mode.kind === 'record'
      ? t('centres.events.recordTitle')
      : mode.kind === 'correct'
        ? t('centres.events.correctTitle', { event: label })
        : t('centres.events.removeTitle', { event: label });

  const submit = async (): Promise<void> => {
    setTried(true);
    if (timeError !== null || reasonError !== null || event === '') {
      return;
    }
    if (await onSubmit(event, at, reason.trim())) {
      onCancel();
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onCancel}
      destroyOnHidden
      okText={mode.kind === 'remove' ? t('centres.events.remove') : t('common.save')}
      okButtonProps={{
        danger: mode.kind === 'remove',
        loading: busy,
        size: 'large',
        'data-testid': 'event-time-submit',
      }}
      cancelButtonProps={{ size: 'large' }}
      onOk={() => void submit()}
    >
      <Form layout="vertical" data-testid="event-time-modal">
        {mode.kind === 'record' && (
          <Form.Item label={t('centres.events.event')}>
            <Select
              size="large"
              value={event}
              onChange={setEvent}
              showSearch={{ optionFilterProp: 'label' }}
              options={mode.choices.map((id) => ({
                value: id,
                label: eventLabel(centre, id, locale),
              }))}
              data-testid="event-time-event"
            />
          </Form.Item>
        )}
        {mode.kind !== 'remove' && (
          <Form.Item
            label={t('centres.events.time')}
            validateStatus={tried && timeError !== null ? 'error' : undefined}
            help={tried ? timeError : undefined}
          >
            <Input
              size="large"
              type="datetime-local"
              value={time}
              onChange={(e) => setTime(e.target.value)}
              data-testid="event-time-input"
            />
            <Space wrap style={{ marginTop: 8 }}>
              {quickMinutes.map((minutes) => (
                <Button
                  key={minutes}
                  onClick={() => setTime(localInputValue(Date.now() - minutes * 60_000))}
                  data-testid={`event-time-ago-${String(minutes)}`}
                >
                  {t('centres.events.minutesAgo', { minutes })}
                </Button>
              ))}
            </Space>
          </Form.Item>
        )}
        {needsReason && (
          <Form.Item
            label={t('centres.events.reason')}
            required
            validateStatus={tried && reasonError !== null ? 'error' : undefined}
            help={tried ? reasonError : undefined}
          >
            <Input.TextArea
              rows={2}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="event-time-reason"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
