import type { StudyTriage } from '@gesang/domain';
import { Tag } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { triageColor } from './study-progress.js';

/** The machine's triage level as a coloured tag (critical red, urgent orange, routine green). */
export function TriageTag({ triage }: { triage: StudyTriage }): ReactElement {
  const { t } = useTranslation();
  return (
    <Tag
      color={triageColor[triage.level]}
      data-testid="desk-triage"
      data-level={triage.level}
      style={{ marginInlineEnd: 0, fontWeight: triage.level === 'critical' ? 600 : undefined }}
    >
      {t(`ecgPreview.triageLevels.${triage.level}`)}
    </Tag>
  );
}
