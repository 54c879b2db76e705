import type { StudySummary } from '@gesang/domain';
import { Space, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from './format-time.js';
import { deskSteps, rejectionKey, stepsReached } from './study-progress.js';
import { TriageTag } from './TriageTag.js';

const segmentColor = (study: StudySummary, index: number): string => {
  const reached = index < stepsReached(study.status);
  if (study.status === 'rejected') {
    return index === 0 ? '#ff4d4f' : '#f0f0f0';
  }
  if (!reached) {
    return '#f0f0f0';
  }
  return study.status === 'signed' ? '#52c41a' : '#1677ff';
};

/**
 * How much a status shows: `full` (study view) everything; `list` the server's sentence on a
 * refusal cut to two lines; `compact` (queue rows, one line) neither that sentence, the report due time nor the segments.
 */
export type StudyStatusVariant = 'full' | 'list' | 'compact';

/**
 * Where a study is on its way to a signed report: four segments (received, analysed, claimed,
 * signed), the step in words with the reader's name, the machine's triage, and for a refused
 * file the reason in the UI language followed by the server's own sentence.
 */
export function StudyStatus({
  study,
  variant = 'list',
}: {
  study: StudySummary;
  variant?: StudyStatusVariant;
}): ReactElement {
  const { t } = useTranslation();
  const text = {
    received: t('ecgDesk.status.received'),
    analysed: t('ecgDesk.status.analysed'),
    claimed: t('ecgDesk.status.claimedBy', { name: study.claimedBy?.displayName ?? '' }),
    signed: t('ecgDesk.status.signedBy', { name: study.signedBy?.displayName ?? '' }),
    rejected: t('ecgDesk.status.rejected'),
  }[study.status];
  const due =
    variant !== 'compact' && (study.status === 'analysed' || study.status === 'claimed')
      ? study.slaDueAt
      : null;
  return (
    <div data-testid="desk-study-status" data-status={study.status}>
      {variant !== 'compact' && (
        <div
          style={{ display: 'flex', gap: 3, marginBottom: 4, maxWidth: 240 }}
          aria-label={deskSteps
            .slice(0, stepsReached(study.status))
            .map((s) => t(`ecgDesk.steps.${s}`))
            .join(' → ')}
        >
          {deskSteps.map((step, i) => (
            <span
              key={step}
              style={{ flex: 1, height: 4, borderRadius: 2, background: segmentColor(study, i) }}
            />
          ))}
        </div>
      )}
      <Space size={6} wrap>
        {study.triage !== null && <TriageTag triage={study.triage} />}
        <Typography.Text strong={study.status === 'signed'}>{text}</Typography.Text>
        {due !== null && (
          <Typography.Text type="secondary">
            {t('ecgDesk.status.dueBy', { time: formatTime(due) })}
          </Typography.Text>
        )}
      </Space>
      {study.rejection !== null && (
        <div data-testid="desk-rejection" data-code={study.rejection.code}>
          <Typography.Text type="danger">{t(rejectionKey(study.rejection.code))}</Typography.Text>
          {variant !== 'compact' && (
            <Typography.Paragraph
              type="secondary"
              lang="en"
              style={{ fontSize: 12, marginBottom: 0 }}
              ellipsis={variant === 'list' ? { rows: 2, tooltip: study.rejection.message } : false}
            >
              {t('ecgDesk.rejection.serverSays')}: {study.rejection.message}
            </Typography.Paragraph>
          )}
        </div>
      )}
    </div>
  );
}
