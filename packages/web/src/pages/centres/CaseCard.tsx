import type { CaseDetail, CaseSummary } from '@gesang/domain';
import { Card } from 'antd';
import { useCallback, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../router/Link.js';
import { CaseClocks } from './CaseClocks.js';
import { CaseFlags } from './CaseFlags.js';
import { CaseHeading } from './CaseHeading.js';
import { casePagePath } from './centre-paths.js';
import { EventButtons } from './EventButtons.js';
import { EventTimeModal } from './EventTimeModal.js';
import { nextEvents, otherEvents } from './next-events.js';
import { useCaseActions } from './use-case-actions.js';
import type { CaseOrigin } from './use-case-origins.js';

/** Props of {@link CaseCard}. */
export interface CaseCardProps {
  item: CaseSummary;
  origin: CaseOrigin | undefined;
  nowMs: number;
  /** Put the changed case in place (null: fetch the board afresh). */
  onChanged: (detail: CaseDetail | null) => void;
}

/**
 * One open case on the board: who and how it came, its running clocks against their targets,
 * review flags, and the one-tap buttons for the next events.
 */
export function CaseCard({ item, origin, nowMs, onChanged }: CaseCardProps): ReactElement {
  const { t } = useTranslation();
  const actions = useCaseActions(item.id, item.centre, onChanged);
  const [choosing, setChoosing] = useState(false);
  const onRecord = useCallback((event: string) => void actions.record(event), [actions]);
  const next = nextEvents(item.centre, item.events, item.attributes);
  const choices = [
    ...next,
    ...otherEvents(item.centre, item.events).filter((event) => !next.includes(event)),
  ];
  return (
    <Card
      className="gesang-case-card"
      data-testid="case-card"
      data-case-id={item.id}
      data-green={item.openedHow === 'green_channel'}
      data-waiting-ack={item.openedHow === 'green_channel' && item.acknowledgedAt === null}
      size="small"
    >
      <CaseHeading item={item} origin={origin} />
      {item.clocks.length > 0 && (
        <CaseClocks
          centre={item.centre}
          clocks={item.clocks}
          attributes={item.attributes}
          nowMs={nowMs}
        />
      )}
      <CaseFlags centre={item.centre} flags={item.flags} />
      <EventButtons
        centre={item.centre}
        events={item.events}
        attributes={item.attributes}
        busy={actions.busy}
        onRecord={onRecord}
        onOther={() => setChoosing(true)}
      />
      <Link href={casePagePath(item.id)} data-testid="case-card-open">
        {t('centres.board.openCase')} →
      </Link>
      {choosing && (
        <EventTimeModal
          centre={item.centre}
          mode={{ kind: 'record', choices }}
          busy={actions.busy !== null}
          onCancel={() => setChoosing(false)}
          onSubmit={(event, at) => actions.record(event, at ?? undefined)}
        />
      )}
    </Card>
  );
}
