import type { StudySummary } from '@gesang/domain';
import { Button, Card, Empty, Spin } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { ClaimCell } from './ClaimCell.js';
import { PatientCell } from './PatientCell.js';
import { formatClock, waitedMs } from './sla-clock.js';
import { SlaClock } from './SlaClock.js';
import { TriageTag } from './TriageTag.js';
import { orgNameIn } from './worklist-view.js';

/** Props of {@link WorklistCards}. */
export interface WorklistCardsProps {
  items: readonly StudySummary[];
  loading: boolean;
  nowMs: number;
  userId: string;
  onClaimOpen: (id: string) => void;
}

const TEXT_FIELD = { 'zh-CN': 'zh', en: 'en', bo: 'bo' } as const;

/** The worklist on a phone: one card per study, triage and countdown first, one tap to claim. */
export function WorklistCards(props: WorklistCardsProps): ReactElement {
  const { items, loading, nowMs, userId, onClaimOpen } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  if (items.length === 0) {
    return loading ? (
      <Spin style={{ display: 'block', margin: 32 }} />
    ) : (
      <Empty description={t('ecgReader.empty')} />
    );
  }
  return (
    <div className="gesang-reader-cards" data-testid="worklist-cards">
      {items.map((s) => {
        const free = s.claimedBy === null;
        const mine = s.claimedBy?.id === userId;
        const reasons = (s.triage?.reasons ?? [])
          .map((r) => r.text[TEXT_FIELD[locale]])
          .join(' · ');
        return (
          <Card
            key={s.id}
            size="small"
            className={`gesang-reader-card gesang-reader-row-${s.triage?.level ?? 'routine'}`}
            data-testid={`worklist-row-${s.id}`}
          >
            <div className="gesang-reader-card-top">
              <TriageTag level={s.triage?.level ?? null} />
              <SlaClock slaDueAt={s.slaDueAt} nowMs={nowMs} />
            </div>
            <PatientCell patient={s.filePatient} />
            {reasons !== '' && <div className="gesang-reader-findings">{reasons}</div>}
            <div className="gesang-reader-card-meta">
              <span>{orgNameIn(s.orgName, locale)}</span>
              <span>
                {t('ecgReader.columns.waited')} {formatClock(waitedMs(s.receivedAt, nowMs))}
              </span>
            </div>
            <div className="gesang-reader-card-bottom">
              <ClaimCell study={s} userId={userId} />
              <Button
                type={free || mine ? 'primary' : 'default'}
                onClick={() => onClaimOpen(s.id)}
                data-testid={`worklist-claim-${s.id}`}
              >
                {free ? t('ecgReader.claim') : mine ? t('ecgReader.continue') : t('ecgReader.open')}
              </Button>
            </div>
          </Card>
        );
      })}
    </div>
  );
}
