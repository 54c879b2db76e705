import { Button, Input, Space } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { instantFromLocal, localInputValue } from './event-time.js';

/** Props of {@link TimeField}. */
export interface TimeFieldProps {
  /** ISO instant, or null when not given. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** Prefix of the test ids (`new-case-door` → `new-case-door-input`, `…-now`). */
  testId: string;
}

/**
 * A time of day and date in this device's zone (the phone's own picker), with a "now" button:
 * most first events are recorded as they happen.
 */
export function TimeField({ value, onChange, testId }: TimeFieldProps): ReactElement {
  const { t } = useTranslation();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        type="datetime-local"
        size="large"
        value={value === null ? '' : localInputValue(Date.parse(value))}
        onChange={(e) => onChange(instantFromLocal(e.target.value))}
        data-testid={`${testId}-input`}
      />
      <Button
        size="large"
        onClick={() => onChange(new Date().toISOString())}
        data-testid={`${testId}-now`}
      >
        {t('centres.events.now')}
      </Button>
    </Space.Compact>
  );
}
