import type { CaseClock, Centre } from '@gesang/domain';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { shownClocks } from './board-clocks.js';
import { formatElapsed, readClock, type ClockReading } from './case-clock.js';
import { clockLabel, eventLabel } from './centre-text.js';

/** Props of {@link CaseClocks}. */
export interface CaseClocksProps {
  centre: Centre;
  clocks: readonly CaseClock[];
  attributes: Readonly<Record<string, unknown>>;
  /** The current time, ms since the epoch (one ticking clock for the whole page). */
  nowMs: number;
}

function stateWord(reading: ClockReading): 'ok' | 'at_risk' | 'over' | 'met' | 'missed' | null {
  if (reading.phase === 'waiting') {
    return null;
  }
  if (reading.phase === 'stopped') {
    return reading.tone === 'over' ? 'missed' : 'met';
  }
  return reading.tone === 'none' ? null : reading.tone;
}

/**
 * A case's running clocks against their targets: elapsed `mm:ss` ticking each second while
 * running, the stopped value once the end event is recorded; amber with "at risk" from 75 % of
 * the target, red with "over" past it (colour and word, so nobody depends on colour alone).
 */
export function CaseClocks({ centre, clocks, attributes, nowMs }: CaseClocksProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="gesang-clocks" data-testid="case-clocks">
      {shownClocks(clocks, attributes).map((clock) => {
        const reading = readClock(clock, nowMs);
        const word = stateWord(reading);
        const used = Math.min(1, Math.max(0, reading.usedShare ?? 0));
        return (
          <div
            key={clock.metricId}
            className="gesang-clock"
            data-testid={`clock-${clock.metricId}`}
            data-phase={reading.phase}
            data-tone={reading.tone}
            data-elapsed-ms={reading.elapsedMs ?? ''}
          >
            <div className="gesang-clock-label">{clockLabel(t, clock.metricId, locale)}</div>
            {reading.elapsedMs === null ? (
              <div className="gesang-clock-time">—</div>
            ) : (
              <div className="gesang-clock-time" data-testid="clock-time">
                {formatElapsed(reading.elapsedMs)}
              </div>
            )}
            {reading.phase !== 'waiting' && (
              <div className="gesang-clock-bar" aria-hidden>
                <span style={{ width: `${String(Math.round(used * 100))}%` }} />
              </div>
            )}
            <div className="gesang-clock-foot">
              <span>{t('centres.clock.target', { minutes: clock.targetMin })}</span>
              {word !== null && (
                <span className="gesang-clock-state" data-testid="clock-state">
                  {t(`centres.clock.${word}`)}
                </span>
              )}
            </div>
            {reading.phase === 'waiting' && (
              <div className="gesang-clock-foot">
                {t('centres.clock.waiting', {
                  event: eventLabel(centre, clock.startEvent, locale),
                })}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
