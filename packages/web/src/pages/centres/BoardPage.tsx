import { PlusOutlined } from '@ant-design/icons';
import {
  centreLabels,
  centres,
  localize,
  type Alert as EcgAlert,
  type Centre,
} from '@gesang/domain';
import type { StudyEvent, StudyEventKind } from '@gesang/domain';
import { Alert, Button, Empty, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/use-error-text.js';
import { useEventStream } from '../../hooks/use-event-stream.js';
import { currentLocale } from '../../i18n/index.js';
import { navigate } from '../../router/history.js';
import { AlertsButton } from '../ecg-reader/AlertsButton.js';
import { playAlertTone, unlockAudioOnFirstGesture } from '../ecg-reader/alert-tone.js';
import { LiveBadge } from '../ecg-reader/LiveBadge.js';
import { notifyCritical } from '../ecg-reader/notifications.js';
import { useNow } from '../ecg-reader/use-now.js';
import { boardOrder, centreCounts } from './board-order.js';
import { CaseCard } from './CaseCard.js';
import { casePagePath } from './centre-paths.js';
import { GreenChannelAlerts } from './GreenChannelAlerts.js';
import { NewCaseModal } from './NewCaseModal.js';
import { useCaseBoard } from './use-case-board.js';
import { useCaseOrigins } from './use-case-origins.js';

/** Study events that can open, change or acknowledge a case. */
const caseKinds: ReadonlySet<StudyEventKind> = new Set([
  'signed',
  'amended',
  'green_channel',
  'patient',
]);

/**
 * The coordinator's live board (`/centres/board`): green channels waiting for acknowledgement at
 * the top, then every open case of the hospital (chest pain first) with its running clocks and
 * one-tap buttons for the next events. Live: refetched on every alert and case-related study
 * event, and every 10 s as a fallback.
 */
export function BoardPage(): ReactElement {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const locale = currentLocale();
  const nowMs = useNow(1000);
  const board = useCaseBoard();
  const { refresh } = board;
  const [centre, setCentre] = useState<Centre | 'all'>('all');
  const [creating, setCreating] = useState(false);
  const origins = useCaseOrigins(board.cases);
  useEffect(unlockAudioOnFirstGesture, []);

  // `alert` frames carry the coordinator's own alerts (a green channel opening), `study` frames
  // the studies of the hub's counties (a STEMI signed, a green channel acknowledged).
  const stream = useMemo(
    () => ({
      path: '/api/ecg/events',
      on: {
        alert: (alert: EcgAlert) => {
          refresh();
          if (alert.reason === 'green_channel') {
            playAlertTone();
            notifyCritical({
              title: t('centres.alerts.notification'),
              body: '',
              tag: `gesang-green-${alert.studyId}`,
              onClick: () => navigate('/centres/board'),
            });
          }
        },
        study: (event: StudyEvent) => {
          if (caseKinds.has(event.kind)) {
            refresh();
          }
        },
      },
      onOpen: refresh,
    }),
    [refresh, t],
  );
  const live = useEventStream(stream);

  const counts = centreCounts(board.cases);
  const shown = boardOrder(board.cases, centre === 'all' ? undefined : centre);
  const options = [
    { value: 'all', label: `${t('centres.board.allCentres')} (${String(board.cases.length)})` },
    ...centres.map((c) => ({
      value: c,
      label: `${localize(centreLabels[c], locale)} (${String(counts[c])})`,
    })),
  ];

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="centre-board"
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 16px' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('centres.board.title')}
        </Typography.Title>
        <LiveBadge status={live} labels="centres.live" testId="board-live" />
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <Select
          value={centre}
          onChange={setCentre}
          options={options}
          style={{ minWidth: 220, maxWidth: '100%' }}
          popupMatchSelectWidth={false}
          aria-label={t('centres.board.centreFilter')}
          data-testid="board-centre-filter"
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="board-new-case"
        >
          {t('centres.board.newCase')}
        </Button>
        <AlertsButton
          text={{
            enable: t('centres.board.soundEnable'),
            on: t('centres.board.soundOn'),
            hint: t('centres.board.soundHint'),
          }}
          testId="board-sound"
          ghost
        />
      </div>
      {board.error !== null && (
        <Alert
          type="warning"
          showIcon
          title={t('centres.board.refreshFailed')}
          description={errorText(board.error)}
        />
      )}
      <GreenChannelAlerts
        cases={board.cases}
        alerts={board.alerts}
        origins={origins}
        nowMs={nowMs}
        onChanged={refresh}
      />
      {!board.loaded && board.error === null && <Spin style={{ display: 'block', margin: 48 }} />}
      {board.loaded && shown.length === 0 && (
        <Empty description={t('centres.board.empty')} data-testid="board-empty" />
      )}
      <div className="gesang-board-grid">
        {shown.map((item) => (
          <CaseCard
            key={item.id}
            item={item}
            origin={origins.get(item.id)}
            nowMs={nowMs}
            onChanged={(detail) => (detail === null ? refresh() : board.replace(detail))}
          />
        ))}
      </div>
      {creating && (
        <NewCaseModal
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate(casePagePath(id));
          }}
        />
      )}
    </Space>
  );
}
