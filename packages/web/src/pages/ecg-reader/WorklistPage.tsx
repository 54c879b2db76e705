import { QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { useCallback, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/use-error-text.js';
import type { EventStreamState } from '../../hooks/use-event-stream.js';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { AlertsButton } from './AlertsButton.js';
import { LiveBadge } from './LiveBadge.js';
import { moveSelection, type ReaderCommand } from './reader-keys.js';
import { ReaderHelp } from './ReaderHelp.js';
import { useNow } from './use-now.js';
import { useReaderKeys } from './use-reader-keys.js';
import type { WorklistState } from './use-worklist.js';
import { WorklistCards } from './WorklistCards.js';
import { worklistCounts } from './worklist-view.js';
import { WorklistTable } from './WorklistTable.js';

/** Props of {@link WorklistPage}. */
export interface WorklistPageProps {
  worklist: WorklistState;
  live: EventStreamState;
  userId: string;
  /** Claim (or continue, or just open another reader's) and open the study. */
  onClaimOpen: (id: string) => void;
  /** Open without claiming. */
  onOpen: (id: string) => void;
  /** Claim the next free study and open it. */
  onNext: () => void;
}

/**
 * The reader's worklist: every study waiting for a reader in the organisations sharing their ECGs
 * with the acting one, critical first then longest waiting, with live countdowns to the SLA. New
 * studies appear as they are analysed; j/k or the arrows move, Enter claims and opens.
 */
export function WorklistPage(props: WorklistPageProps): ReactElement {
  const { worklist, live, userId, onClaimOpen, onOpen, onNext } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const isPhone = useIsPhone();
  const nowMs = useNow();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const { items } = worklist;
  const counts = worklistCounts(items);
  const shownSelection = items.some((s) => s.id === selectedId) ? selectedId : null;

  const onCommand = useCallback(
    (command: ReaderCommand): boolean => {
      if (command === 'help') {
        setHelpOpen((open) => !open);
        return true;
      }
      if (helpOpen) {
        return false;
      }
      const ids = items.map((s) => s.id);
      switch (command) {
        case 'next-row':
        case 'previous-row':
          setSelectedId(moveSelection(ids, shownSelection, command === 'next-row' ? 1 : -1));
          return true;
        case 'claim-open':
        case 'open': {
          const id = shownSelection ?? ids[0];
          if (id === undefined) {
            return false;
          }
          (command === 'open' ? onOpen : onClaimOpen)(id);
          return true;
        }
        case 'next-study':
          onNext();
          return true;
        default:
          return false;
      }
    },
    [helpOpen, items, shownSelection, onClaimOpen, onOpen, onNext],
  );
  useReaderKeys('worklist', onCommand);

  return (
    <div data-testid="worklist-page" className="gesang-reader-worklist">
      <div className="gesang-reader-worklist-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ecgReader.worklistTitle')}
        </Typography.Title>
        <Space wrap size={[8, 4]} data-testid="worklist-counts">
          <Tag color="red" variant={counts.critical > 0 ? 'solid' : 'outlined'}>
            {t('ecgPreview.triageLevels.critical')} {counts.critical}
          </Tag>
          <Tag color="orange">
            {t('ecgPreview.triageLevels.urgent')} {counts.urgent}
          </Tag>
          <Tag>
            {t('ecgPreview.triageLevels.routine')} {counts.routine}
          </Tag>
          <Typography.Text type="secondary">
            {t('ecgReader.unclaimedCount', { count: counts.unclaimed })}
          </Typography.Text>
        </Space>
        <div className="gesang-reader-worklist-tools">
          <LiveBadge status={live} />
          <AlertsButton
            text={{
              enable: t('ecgReader.alerts.enable'),
              on: t('ecgReader.alerts.on'),
              hint: t('ecgReader.alerts.hint'),
              denied: t('ecgReader.alerts.denied'),
              unsupported: t('ecgReader.alerts.unsupported'),
            }}
            testId="reader-alerts"
          />
          {!isPhone && (
            <Button
              icon={<QuestionCircleOutlined />}
              onClick={() => setHelpOpen(true)}
              aria-label={t('ecgReader.help')}
              data-testid="reader-help"
            />
          )}
        </div>
      </div>
      {worklist.error !== null && (
        <Alert
          type="error"
          showIcon
          title={errorText(worklist.error)}
          action={
            <Button size="small" onClick={worklist.refresh}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {isPhone ? (
        <WorklistCards
          items={items}
          loading={!worklist.loaded}
          nowMs={nowMs}
          userId={userId}
          onClaimOpen={onClaimOpen}
        />
      ) : (
        <WorklistTable
          items={items}
          loading={!worklist.loaded}
          nowMs={nowMs}
          userId={userId}
          selectedId={shownSelection}
          onSelect={setSelectedId}
          onClaimOpen={onClaimOpen}
        />
      )}
      {!isPhone && (
        <Typography.Text type="secondary" className="gesang-reader-keyhint">
          {t('ecgReader.worklistKeys')}
        </Typography.Text>
      )}
      <ReaderHelp page="worklist" open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
