import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Space, Spin, Tag, Typography } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { EcgViewer } from '../../ecg-viewer/EcgViewer.js';
import type { FindingsGroup } from '../../ecg-viewer/FindingsPanel.js';
import { currentLocale } from '../../i18n/index.js';
import { FilePicker } from './FilePicker.js';
import { LeadMatrixTable } from './LeadMatrixTable.js';
import {
  cartLeadMatrix,
  cartMeasurementItems,
  cartStatementItems,
  machineMeasurementItems,
  machineStatementItems,
} from './preview-findings.js';
import { ReadErrorAlert } from './ReadErrorAlert.js';
import { RecordSummary } from './RecordSummary.js';
import { useEcgPreview } from './use-ecg-preview.js';

const TRIAGE_COLOR = { critical: 'red', urgent: 'orange', routine: 'green' } as const;

/**
 * ECG file preview: pick or drop a local ECG file, read it in the browser with the server's own
 * readers, and look at it in the viewer with the cart's findings and, on request, Gesang's
 * analysis. Nothing leaves the browser.
 */
export function EcgPreviewPage(): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { state, analysis, open, analyse } = useEcgPreview();
  const loaded = state.status === 'loaded' ? state : undefined;
  const record = loaded?.read.record;

  const findings = useMemo((): FindingsGroup[] => {
    if (record === undefined) {
      return [];
    }
    const groups: FindingsGroup[] = [
      {
        key: 'cart',
        title: t('ecgPreview.cartStatements'),
        statements: cartStatementItems(record.cartStatements),
        emptyText: t('ecgPreview.noneInFile'),
      },
    ];
    if (analysis.status === 'done') {
      const { result } = analysis;
      groups.push({
        key: 'machine',
        title: t('ecgPreview.machineStatements'),
        extra: (
          <Tag color={TRIAGE_COLOR[result.triage.level]} data-testid="ecg-triage">
            {t('ecgPreview.triage')}: {t(`ecgPreview.triageLevels.${result.triage.level}`)}
          </Tag>
        ),
        statements: machineStatementItems(result, locale),
        emptyText: t('common.none'),
      });
    }
    if (record.cartMeasurements.length > 0) {
      const matrix = cartLeadMatrix(record.cartMeasurements);
      groups.push({
        key: 'cart-measurements',
        title: t('ecgPreview.cartMeasurements'),
        measurements: cartMeasurementItems(record.cartMeasurements),
        emptyText: t('ecgPreview.noneInFile'),
        ...(matrix.rows.length === 0
          ? {}
          : {
              details: {
                label: t('ecgPreview.perLead', { count: matrix.rows.length }),
                content: <LeadMatrixTable matrix={matrix} />,
              },
            }),
      });
    }
    if (analysis.status === 'done') {
      groups.push({
        key: 'machine-measurements',
        title: t('ecgPreview.machineMeasurements'),
        extra: t('ecgPreview.beats', { count: analysis.result.beats.length }),
        measurements: machineMeasurementItems(analysis.result.measurements, t),
        emptyText: t('common.none'),
      });
    }
    return groups;
  }, [record, analysis, t, locale]);

  const beats = useMemo(
    () => (analysis.status === 'done' ? analysis.result.beats : undefined),
    [analysis],
  );

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="ecg-preview-page"
    >
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('ecgPreview.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('ecgPreview.intro')}</Typography.Text>
      </div>
      <FilePicker compact={loaded !== undefined} onFiles={(files) => void open(files)} />
      {state.status === 'reading' && (
        <Spin>
          <Alert type="info" title={t('ecgPreview.reading', { name: state.name })} />
        </Spin>
      )}
      {state.status === 'failed' && <ReadErrorAlert name={state.name} failure={state.failure} />}
      {loaded !== undefined && record !== undefined && (
        <>
          {loaded.read.ignoredNames.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={t('ecgPreview.onlyFirst', { name: loaded.read.shownName })}
            />
          )}
          <RecordSummary
            record={record}
            fileName={loaded.read.shownName}
            fileSizeBytes={loaded.fileSizeBytes}
            extra={
              <Button
                icon={<ExperimentOutlined />}
                loading={analysis.status === 'running'}
                disabled={analysis.status === 'done' || record.leads.length === 0}
                onClick={() => void analyse()}
                data-testid="ecg-analyse"
              >
                {analysis.status === 'running'
                  ? t('ecgPreview.analysing')
                  : t('ecgPreview.analyse')}
              </Button>
            }
          />
          {analysis.status === 'failed' && (
            <Alert
              type="error"
              showIcon
              title={t('ecgPreview.analysisFailed', { message: analysis.message })}
            />
          )}
          {record.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="ecg-warnings"
              title={t('ecgPreview.warnings')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }} lang="en">
                  {record.warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              }
            />
          )}
          {record.leads.length > 0 ? (
            <EcgViewer key={loaded.loadId} signal={record} beats={beats} findings={findings} />
          ) : (
            <Alert
              type="info"
              showIcon
              title={t('ecgPreview.noSignal')}
              data-testid="ecg-no-signal"
            />
          )}
          {record.comments.length > 0 && (
            <Collapse
              size="small"
              items={[
                {
                  key: 'comments',
                  label: t('ecgPreview.comments'),
                  children: (
                    <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                      {record.comments.join('\n')}
                    </pre>
                  ),
                },
              ]}
            />
          )}
        </>
      )}
    </Space>
  );
}
