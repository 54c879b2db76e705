import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { EcgViewer } from '../../ecg-viewer/EcgViewer.js';
import type { FindingsGroup } from '../../ecg-viewer/FindingsPanel.js';
import { errorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { ReadErrorAlert } from '../ecg/ReadErrorAlert.js';
import { PatientMatchCard } from './PatientMatchCard.js';
import { GreenChannelNotice } from './GreenChannelNotice.js';
import { ReportCard } from './ReportCard.js';
import { machineMeasurements, machineStatements } from './study-findings.js';
import { StudyFacts } from './StudyFacts.js';
import { TriageTag } from './TriageTag.js';
import { useDeskStudy } from './use-desk-study.js';

/** Props of {@link DeskStudyView}. */
export interface DeskStudyViewProps {
  id: string;
  /** Bumped by each live event of this study. */
  tick: number;
  onBack: () => void;
}

/**
 * One study, read-only, for the county: where it is, the signed report once there is one, the
 * tracing (the original file read in this browser) with the machine's statements and
 * measurements beside it.
 */
export function DeskStudyView({ id, tick, onBack }: DeskStudyViewProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { study, error, tracing } = useDeskStudy(id, tick);

  const findings = useMemo((): FindingsGroup[] => {
    if (study === null || study.analysis === null) {
      return [];
    }
    return [
      {
        key: 'machine',
        title: t('ecgDesk.study.machine'),
        extra: study.triage === null ? undefined : <TriageTag triage={study.triage} />,
        statements: machineStatements(study, locale),
        emptyText: t('common.none'),
      },
      {
        key: 'machine-measurements',
        title: t('ecgDesk.study.measurements'),
        measurements: machineMeasurements(study.analysis.measurements, t),
        emptyText: t('common.none'),
      },
    ];
  }, [study, locale, t]);

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="desk-study-view"
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="desk-study-back">
          {t('ecgDesk.study.back')}
        </Button>
        <Typography.Title level={4} style={{ margin: 0, minWidth: 0 }} ellipsis>
          {study?.fileName ?? ''}
        </Typography.Title>
      </div>
      {error !== null && study === null && (
        <Alert type="error" showIcon title={errorText(t, error)} />
      )}
      {study === null && error === null && <Spin style={{ display: 'block', margin: 48 }} />}
      {study !== null && (
        <>
          <StudyFacts study={study} />
          {study.greenChannel !== null && <GreenChannelNotice channel={study.greenChannel} />}
          <PatientMatchCard studyId={study.id} tick={tick} />
          {study.report !== null ? (
            <ReportCard studyId={study.id} report={study.report} locale={locale} />
          ) : (
            study.status !== 'rejected' && (
              <Alert
                type="info"
                showIcon
                title={t('ecgDesk.study.reportPending')}
                data-testid="desk-report-pending"
              />
            )
          )}
          {tracing.status === 'loading' && (
            <Card size="small">
              <Spin />{' '}
              <Typography.Text type="secondary">{t('ecgDesk.study.loadingFile')}</Typography.Text>
            </Card>
          )}
          {tracing.status === 'failed' &&
            (tracing.failure !== null ? (
              <ReadErrorAlert name={study.fileName ?? ''} failure={tracing.failure} />
            ) : (
              <Alert
                type="error"
                showIcon
                title={t('ecgDesk.study.fileFailed')}
                description={errorText(t, tracing.error)}
              />
            ))}
          {tracing.status === 'loaded' && tracing.record.leads.length > 0 && (
            <EcgViewer key={study.id} signal={tracing.record} findings={findings} />
          )}
        </>
      )}
    </Space>
  );
}
