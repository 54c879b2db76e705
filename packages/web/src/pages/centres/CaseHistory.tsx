import type { CaseHistoryEntry, Centre } from '@gesang/domain';
import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';
import { currentLocale } from '../../i18n/index.js';
import { eventLabel } from './centre-text.js';

/** Props of {@link CaseHistory}. */
export interface CaseHistoryProps {
  centre: Centre;
  history: readonly CaseHistoryEntry[];
}

const actionColour = { recorded: 'blue', corrected: 'orange', removed: 'red' } as const;
const time = (iso: string | null): string =>
  iso === null ? '—' : dayjs(iso).format('MM-DD HH:mm:ss');

/**
 * Every change of the case's times, newest first: who and when, what (recorded, corrected,
 * removed), the old and new time, the reason, and where the time came from (device, system,
 * typed by hand). Nothing is ever deleted from it.
 */
export function CaseHistory({ centre, history }: CaseHistoryProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const entries = [...history].sort((a, b) => b.id - a.id);
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="case-history">
      {entries.map((entry) => (
        <li
          key={entry.id}
          data-testid="case-history-entry"
          data-action={entry.action}
          data-event={entry.event}
          style={{ padding: '6px 0', borderBottom: '1px solid rgba(0,0,0,0.06)' }}
        >
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2px 8px', alignItems: 'center' }}>
            <Tag color={actionColour[entry.action]} style={{ marginInlineEnd: 0 }}>
              {t(`centres.history.${entry.action}`)}
            </Tag>
            <Typography.Text strong>{eventLabel(centre, entry.event, locale)}</Typography.Text>
            <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>
              {entry.action === 'recorded'
                ? time(entry.newAt)
                : `${time(entry.oldAt)} → ${time(entry.newAt)}`}
            </Typography.Text>
            <Tag style={{ marginInlineEnd: 0 }}>{t(`centres.sources.${entry.source}`)}</Tag>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {entry.changedBy?.displayName ?? t('centres.history.system')} ·{' '}
            {formatDateTime(entry.changedAt)}
          </Typography.Text>
          {entry.reason !== null && (
            <div data-testid="case-history-reason">
              {t('centres.history.reason', { reason: entry.reason })}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
