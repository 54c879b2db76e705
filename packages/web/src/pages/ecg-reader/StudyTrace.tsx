import { Alert, Spin } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { EcgViewer } from '../../ecg-viewer/EcgViewer.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { ReadErrorAlert } from '../ecg/ReadErrorAlert.js';
import { useStudyRecord } from './use-study-record.js';

/**
 * The study's tracing in the 12-lead viewer, downloaded and read in the browser (the server keeps
 * the original file; the analysis summary carries no samples).
 */
export function StudyTrace({ studyId }: { studyId: string }): ReactElement {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const state = useStudyRecord(studyId);
  if (state.status === 'loading') {
    return (
      // About as tall as the tracing will be, so the report below barely moves when it arrives.
      <div className="gesang-reader-trace-loading" role="status">
        <Spin size="large" description={t('ecgReader.study.loadingWaveform')} />
      </div>
    );
  }
  if (state.status === 'failed') {
    return state.failure !== null ? (
      <ReadErrorAlert name={t('ecgReader.study.originalFile')} failure={state.failure} />
    ) : (
      <Alert
        type="error"
        showIcon
        title={t('ecgReader.study.waveformFailed')}
        description={errorText(state.error)}
        data-testid="study-waveform-failed"
      />
    );
  }
  if (state.record.leads.length === 0) {
    return <Alert type="info" showIcon title={t('ecgPreview.noSignal')} />;
  }
  return (
    <EcgViewer key={studyId} signal={state.record} maxHeight="max(320px, calc(100vh - 250px))" />
  );
}
