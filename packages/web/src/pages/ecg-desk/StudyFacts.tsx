import type { Study } from '@gesang/domain';
import { Card, Descriptions } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';
import { hasContext } from './clinical-context.js';
import { ContextChips } from './ContextChips.js';
import { StudyStatus } from './StudyStatus.js';

/**
 * The study's status, file, clinical context and who sent it (the patient has its own block,
 * PatientMatchCard).
 */
export function StudyFacts({ study }: { study: Study }): ReactElement {
  const { t } = useTranslation();
  const uploader = study.uploadedBy?.displayName ?? study.uploadedByDevice?.name ?? '';
  const items = [
    {
      key: 'status',
      label: t('ecgDesk.list.status'),
      children: <StudyStatus study={study} variant="full" />,
    },
    { key: 'file', label: t('ecgDesk.study.file'), children: study.fileName ?? '' },
    {
      key: 'received',
      label: t('ecgDesk.study.receivedAt'),
      children: formatDateTime(study.receivedAt),
    },
    { key: 'uploader', label: t('ecgDesk.study.uploadedBy'), children: uploader },
    {
      key: 'clinical',
      label: t('ecgDesk.study.clinical'),
      children: hasContext(study.clinicalContext) ? (
        <ContextChips context={study.clinicalContext} />
      ) : (
        ''
      ),
    },
  ].filter((item) => item.children !== '');
  return (
    <Card size="small" data-testid="desk-study-facts">
      <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 3 }} items={items} />
    </Card>
  );
}
