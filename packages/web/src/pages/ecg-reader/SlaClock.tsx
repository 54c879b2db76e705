import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, slaState } from './sla-clock.js';

/** Props of {@link SlaClock}. */
export interface SlaClockProps {
  slaDueAt: string | null;
  /** The current time, ms since the epoch (one ticking clock for the whole page). */
  nowMs: number;
}

/**
 * Time left until the report is due, ticking each second: red and bold under two minutes, with
 * the word "overdue" once past it.
 */
export function SlaClock({ slaDueAt, nowMs }: SlaClockProps): ReactElement {
  const { t } = useTranslation();
  const { remainingMs, urgency } = slaState(slaDueAt, nowMs);
  if (remainingMs === null) {
    return <span className="gesang-reader-clock">—</span>;
  }
  const pressing = urgency === 'overdue' || urgency === 'due-soon';
  return (
    <span
      className={`gesang-reader-clock${pressing ? ' gesang-reader-clock-late' : ''}`}
      data-urgency={urgency}
      data-testid="sla-clock"
    >
      {urgency === 'overdue' && (
        <span className="gesang-reader-overdue">{t('ecgReader.overdue')}</span>
      )}
      {formatClock(remainingMs)}
    </span>
  );
}
