import type { StudySummary } from '@gesang/domain';
import { Tag } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Who reads the study: "you", a colleague's name, or "waiting for a reader". */
export function ClaimCell({
  study,
  userId,
}: {
  study: StudySummary;
  userId: string;
}): ReactElement {
  const { t } = useTranslation();
  if (study.claimedBy === null) {
    return (
      <Tag color="gold" data-testid="claim-free">
        {t('ecgReader.unclaimed')}
      </Tag>
    );
  }
  if (study.claimedBy.id === userId) {
    return (
      <Tag color="blue" data-testid="claim-mine">
        {t('ecgReader.claimedByYou')}
      </Tag>
    );
  }
  return <span data-testid="claim-other">{study.claimedBy.displayName}</span>;
}
