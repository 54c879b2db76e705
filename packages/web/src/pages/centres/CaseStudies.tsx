import { LineChartOutlined } from '@ant-design/icons';
import type { CaseStudy } from '@gesang/domain';
import { Button, Tag, Typography } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';
import { Link } from '../../router/Link.js';
import { useCan } from '../../session/session-context.js';
import { studyReadPath } from '../ecg-reader/reader-paths.js';
import { StudyTrace } from '../ecg-reader/StudyTrace.js';

/** Props of {@link CaseStudies}. */
export interface CaseStudiesProps {
  studies: readonly CaseStudy[];
  /** The ECG that opened the green channel (marked). */
  sourceStudyId: string | null;
}

const triageColour = { critical: 'red', urgent: 'orange', routine: 'default' } as const;

/**
 * The case's ECGs: when each was received and signed, its status and triage; the tracing opens
 * here in the viewer, and a reader (who may report) can open it in the reading workstation.
 */
export function CaseStudies({ studies, sourceStudyId }: CaseStudiesProps): ReactElement {
  const { t } = useTranslation();
  const canRead = useCan('ecg:report');
  const [shown, setShown] = useState<string | null>(null);
  if (studies.length === 0) {
    return <Typography.Text type="secondary">{t('centres.studies.none')}</Typography.Text>;
  }
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }} data-testid="case-studies">
      {studies.map((study) => (
        <div key={study.id} data-testid="case-study" data-study-id={study.id}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 8px', alignItems: 'center' }}>
            {study.id === sourceStudyId && <Tag color="green">{t('centres.studies.source')}</Tag>}
            <Tag>{t(`centres.studies.status.${study.status}`)}</Tag>
            {study.triageLevel !== null && (
              <Tag color={triageColour[study.triageLevel]}>
                {t(`centres.studies.triage.${study.triageLevel}`)}
              </Tag>
            )}
            <Typography.Text type="secondary">
              {t('centres.studies.received', { time: formatDateTime(study.receivedAt) })}
              {study.signedAt !== null &&
                ` · ${t('centres.studies.signed', { time: formatDateTime(study.signedAt) })}`}
            </Typography.Text>
          </div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 6 }}>
            <Button
              icon={<LineChartOutlined />}
              onClick={() => setShown(shown === study.id ? null : study.id)}
              data-testid="case-study-show"
            >
              {shown === study.id ? t('centres.studies.hide') : t('centres.studies.show')}
            </Button>
            {canRead && (
              <Link href={studyReadPath(study.id)} data-testid="case-study-reader">
                {t('centres.studies.openReader')}
              </Link>
            )}
          </div>
          {shown === study.id && (
            <div style={{ marginTop: 8 }}>
              <StudyTrace studyId={study.id} />
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
