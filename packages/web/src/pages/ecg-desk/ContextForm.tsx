import { CloseOutlined } from '@ant-design/icons';
import { Button, DatePicker, Segmented, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isoMinute, type UploadContext } from './clinical-context.js';
import { formatTime } from './format-time.js';

/** Props of {@link ContextForm}. */
export interface ContextFormProps {
  value: UploadContext;
  onChange: (value: UploadContext) => void;
  /** Bigger touch targets. */
  isPhone: boolean;
}

/** Onset shortcuts, minutes before now. */
const onsetShortcutsMin = [30, 60, 120] as const;

/** A moment picked in the calendar, to the minute; null when cleared. */
const fromPicker = (value: Dayjs | null): string | null =>
  value === null ? null : isoMinute(value.valueOf());

/**
 * The clinical context in a few taps: chest pain yes / no / unknown, symptom onset (now, 30 min,
 * 1 h, 2 h ago or any time) and first medical contact (now, or any time). The chosen times are
 * shown with a clear button. On a phone the two times fold away until chest pain is answered
 * "yes" (or asked for), so the pick button stays on the first screen.
 */
export function ContextForm({ value, onChange, isPhone }: ContextFormProps): ReactElement {
  const { t } = useTranslation();
  const size = isPhone ? 'large' : 'middle';
  const set = (change: Partial<UploadContext>): void => onChange({ ...value, ...change });
  const chestPain = value.chestPain === null ? 'unknown' : value.chestPain ? 'yes' : 'no';
  const [timesAsked, setTimesAsked] = useState(false);
  const showTimes =
    !isPhone ||
    timesAsked ||
    value.chestPain === true ||
    value.onsetAt !== null ||
    value.firstMedicalContactAt !== null;

  const timeRow = (
    field: 'onsetAt' | 'firstMedicalContactAt',
    label: string,
    shortcuts: ReactNode,
  ): ReactElement => {
    const current = value[field];
    return (
      <div>
        <Typography.Text type="secondary">{label}</Typography.Text>
        <Space wrap size={6} style={{ display: 'flex', marginTop: 2 }}>
          {current === null ? (
            <>
              <Button
                size={size}
                autoInsertSpace={false}
                onClick={() => set({ [field]: isoMinute(Date.now()) })}
                data-testid={`desk-${field}-now`}
              >
                {t('ecgDesk.context.now')}
              </Button>
              {shortcuts}
              <DatePicker
                size={size}
                showTime={{ format: 'HH:mm' }}
                format="MM-DD HH:mm"
                placeholder={t('ecgDesk.context.pickTime')}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                onChange={(d) => set({ [field]: fromPicker(d) })}
                inputReadOnly={isPhone}
                style={{ width: isPhone ? 150 : 140 }}
              />
            </>
          ) : (
            <Button
              size={size}
              type="primary"
              ghost
              icon={<CloseOutlined />}
              iconPlacement="end"
              onClick={() => set({ [field]: null })}
              aria-label={`${label} ${formatTime(current)} · ${t('ecgDesk.context.clear')}`}
              data-testid={`desk-${field}-value`}
            >
              {formatTime(current)}
            </Button>
          )}
        </Space>
      </div>
    );
  };

  return (
    <Space
      orientation="vertical"
      size={isPhone ? 10 : 8}
      style={{ width: '100%' }}
      data-testid="desk-context"
    >
      <div>
        <Typography.Text type="secondary">{t('ecgDesk.context.chestPain')}</Typography.Text>
        <div style={{ marginTop: 2 }}>
          <Segmented
            size={size}
            value={chestPain}
            onChange={(v) => set({ chestPain: v === 'unknown' ? null : v === 'yes' })}
            options={(['yes', 'no', 'unknown'] as const).map((option) => ({
              value: option,
              label: (
                <span data-testid={`desk-chest-pain-${option}`}>
                  {t(`ecgDesk.context.${option}`)}
                </span>
              ),
            }))}
            data-testid="desk-chest-pain"
          />
        </div>
      </div>
      {!showTimes && (
        <Button type="link" style={{ padding: 0 }} onClick={() => setTimesAsked(true)}>
          {t('ecgDesk.context.addTimes')}
        </Button>
      )}
      {showTimes &&
        timeRow(
          'onsetAt',
          t('ecgDesk.context.onset'),
          onsetShortcutsMin.map((min) => (
            <Button
              key={min}
              size={size}
              data-testid={`desk-onset-${min}`}
              onClick={() => set({ onsetAt: isoMinute(Date.now() - min * 60_000) })}
            >
              {min < 60
                ? t('ecgDesk.context.minutesAgo', { count: min })
                : t('ecgDesk.context.hoursAgo', { count: min / 60 })}
            </Button>
          )),
        )}
      {showTimes && timeRow('firstMedicalContactAt', t('ecgDesk.context.fmc'), null)}
    </Space>
  );
}
