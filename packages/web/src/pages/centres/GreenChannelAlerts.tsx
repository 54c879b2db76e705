import type { Alert as EcgAlert, CaseSummary } from '@gesang/domain';
import { Alert, Space } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { GreenChannelAlert } from './GreenChannelAlert.js';
import type { CaseOrigin } from './use-case-origins.js';

/** Acknowledged green channels stay at the top this long, with who and when, ms. */
export const acknowledgedShownMs = 30 * 60_000;

/** An alert whose case is not listed yet shows as "opening" this long at most, ms. */
const openingShownMs = 2 * 60_000;

/** Props of {@link GreenChannelAlerts}. */
export interface GreenChannelAlertsProps {
  cases: readonly CaseSummary[];
  alerts: readonly EcgAlert[];
  origins: ReadonlyMap<string, CaseOrigin>;
  nowMs: number;
  /** Fetch the board afresh (after acknowledging, or for an alert whose case is not listed yet). */
  onChanged: () => void;
}

/**
 * The green channels at the top of the board: each STEMI a reader signed for a county, waiting
 * for the chest-pain team's acknowledgement (red, with the button), then acknowledged (green, with
 * who and when) for half an hour. An alert whose case is not on the board yet shows as opening.
 */
export function GreenChannelAlerts(props: GreenChannelAlertsProps): ReactElement | null {
  const { cases, alerts, origins, nowMs, onChanged } = props;
  const { t } = useTranslation();
  const green = cases.filter((c) => c.openedHow === 'green_channel');
  const shown = green.filter(
    (c) => c.acknowledgedAt === null || nowMs - Date.parse(c.acknowledgedAt) < acknowledgedShownMs,
  );
  const listed = new Set(green.map((c) => c.sourceStudyId));
  // The case opens in the alert's transaction, so this lasts one refresh; a case already closed
  // without acknowledgement does not keep its alert here for ever.
  const opening = alerts.filter(
    (alert) => !listed.has(alert.studyId) && nowMs - Date.parse(alert.createdAt) < openingShownMs,
  );
  if (shown.length === 0 && opening.length === 0) {
    return null;
  }
  // Waiting ones first, newest first within each group.
  const ordered = [...shown].sort(
    (a, b) =>
      Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null) ||
      Date.parse(b.openedAt) - Date.parse(a.openedAt),
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="green-channel-alerts">
      {opening.map((alert) => (
        <Alert
          key={alert.id}
          type="error"
          showIcon
          className="gesang-green-alert"
          title={t('centres.alerts.opening')}
          data-testid="green-channel-opening"
        />
      ))}
      {ordered.map((c) => (
        <GreenChannelAlert
          key={c.id}
          item={c}
          origin={origins.get(c.id)}
          nowMs={nowMs}
          onChanged={onChanged}
        />
      ))}
    </Space>
  );
}
