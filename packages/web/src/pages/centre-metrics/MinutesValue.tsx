import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from './metric-format.js';

/**
 * Minutes with one decimal and the unit in the user's language (`27.5 分钟`, `27.5 min`).
 * @example <MinutesValue minutes={27.5} />
 */
export function MinutesValue({ minutes }: { minutes: number | null }): ReactElement {
  const { t } = useTranslation();
  return (
    <>
      {minutes === null ? '—' : t('centreMetrics.minutesValue', { value: formatMinutes(minutes) })}
    </>
  );
}
