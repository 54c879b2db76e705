import { CloseOutlined } from '@ant-design/icons';
import type { PriorStudy, Study } from '@gesang/domain';
import { STANDARD_12_LEADS } from '@gesang/ecg-signal';
import type { EcgRecord } from '@gesang/ecg-formats';
import { Alert, Button, Select, Spin, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { withDerivedLimbLeads } from '../../ecg-viewer/derive-limb-leads.js';
import { rhythmLeadIndex } from '../../ecg-viewer/layout-3x4.js';
import { orderedLeadIndices } from '../../ecg-viewer/layout.js';
import { loadScreenCalibration } from '../../ecg-viewer/screen-calibration.js';
import { useViewerKeys } from '../../ecg-viewer/use-viewer-keys.js';
import type { ViewerCommand } from '../../ecg-viewer/shortcuts.js';
import {
  applyViewerAction,
  initialSettings,
  type ViewerAction,
} from '../../ecg-viewer/viewer-settings.js';
import { ViewerToolbar } from '../../ecg-viewer/ViewerToolbar.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { PriorHeading } from './PriorHeading.js';
import { PriorPaper, type DerivedRecord } from './PriorPaper.js';
import { useComparedRecord } from './prior-records.js';
import './prior.css';

/** Props of {@link PriorCompare}. */
export interface PriorCompareProps {
  study: Study;
  priors: readonly PriorStudy[];
  priorId: string;
  onPick: (priorId: string) => void;
  onClose: () => void;
  onHelp: () => void;
}

/** Each paper's largest height: two fit beside each other (or one above the other) on a screen. */
const paperMaxHeight = 'max(260px, calc(100vh - 330px))';

/** The two records with limb leads derived, once both are read. */
function ComparePapers(props: PriorCompareProps & { current: EcgRecord }): ReactElement {
  const { study, priors, priorId, current, onHelp } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const prior = priors.find((p) => p.id === priorId) ?? null;
  const earlier = useComparedRecord(priorId);
  const now = useMemo<DerivedRecord>(() => withDerivedLimbLeads(current), [current]);
  const then = useMemo<DerivedRecord | null>(
    () => (earlier.status === 'loaded' ? withDerivedLimbLeads(earlier.record) : null),
    [earlier],
  );
  const leadNames = useMemo(() => now.signal.leads.map((l) => String(l.name)), [now]);
  const durationS = (now.signal.leads[0]?.samplesUv.length ?? 0) / now.signal.sampleRateHz;
  const shape = useMemo(
    () => ({ leadOrder: orderedLeadIndices(leadNames), durationS }),
    [leadNames, durationS],
  );
  const [settings, setSettings] = useState(() =>
    initialSettings(
      STANDARD_12_LEADS.every((name) => leadNames.includes(name)) ? '3x4' : '12x1',
      'fit-width',
      Math.max(0, rhythmLeadIndex(leadNames)),
    ),
  );
  const [calibration, setCalibration] = useState(loadScreenCalibration);
  const dispatch = useCallback(
    (action: ViewerAction) => setSettings((s) => applyViewerAction(s, action, shape)),
    [shape],
  );
  const zoomLeadName = leadNames[settings.zoomLeadIndex] ?? 'II';
  const rootRef = useRef<HTMLDivElement>(null);
  const onCommand = (command: ViewerCommand): void => {
    switch (command.type) {
      case 'escape':
        dispatch({ type: 'unzoom' });
        return;
      case 'help':
      case 'measure':
        return;
      case 'scroll':
        if (settings.layout === '3x4') {
          dispatch({
            type: 'page',
            step: { next: 1, previous: -1, start: -Infinity, end: Infinity }[command.to],
          });
        }
        return;
      default:
        dispatch(command);
    }
  };
  useViewerKeys(rootRef, onCommand);

  return (
    <div ref={rootRef} className="gesang-prior-compare-body">
      <ViewerToolbar
        settings={settings}
        dispatch={dispatch}
        durationS={durationS}
        calibration={calibration}
        onCalibration={setCalibration}
        touch={false}
        measureByTouch={false}
        onMeasureByTouch={() => undefined}
        onHelp={onHelp}
      />
      <div className="gesang-prior-papers">
        <PriorPaper
          record={now}
          settings={settings}
          zoomLeadName={zoomLeadName}
          calibration={calibration}
          maxHeight={paperMaxHeight}
          heading={<PriorHeading kind="current" study={study} />}
          onZoom={(name) =>
            dispatch({ type: 'zoom', leadIndex: Math.max(0, leadNames.indexOf(name)) })
          }
          testId="prior-compare-current"
        />
        {then !== null && prior !== null ? (
          <PriorPaper
            key={priorId}
            record={then}
            settings={settings}
            zoomLeadName={zoomLeadName}
            calibration={calibration}
            maxHeight={paperMaxHeight}
            heading={<PriorHeading kind="earlier" prior={prior} />}
            onZoom={(name) =>
              dispatch({ type: 'zoom', leadIndex: Math.max(0, leadNames.indexOf(name)) })
            }
            testId="prior-compare-earlier"
          />
        ) : earlier.status === 'failed' ? (
          <Alert
            type="error"
            showIcon
            title={t('ecgReader.study.waveformFailed')}
            description={errorText(earlier.error)}
          />
        ) : (
          <Spin description={t('ecgPatient.prior.loading')}>
            <div style={{ minHeight: 200 }} />
          </Spin>
        )}
      </div>
    </div>
  );
}

/**
 * Side by side (one above the other on narrow screens): this ECG and an earlier one of the same
 * patient, drawn by the viewer's paper with ONE toolbar and one set of keys, so both are always at
 * the same paper speed, gain, layout and filter, and a zoom shows the same lead in both. Each
 * paper has its own calipers. The earlier report's conclusion and measurements head its paper.
 */
export function PriorCompare(props: PriorCompareProps): ReactElement {
  const { study, priors, priorId, onPick, onClose } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const current = useComparedRecord(study.id);
  return (
    <div className="gesang-prior-compare" data-testid="prior-compare" data-prior={priorId}>
      <div className="gesang-prior-compare-bar">
        <Typography.Text strong>{t('ecgPatient.prior.title')}</Typography.Text>
        {priors.length > 1 && (
          <Select
            size="small"
            value={priorId}
            onChange={onPick}
            aria-label={t('ecgPatient.prior.pick')}
            data-testid="prior-compare-pick"
            popupMatchSelectWidth={false}
            options={priors.map((p, i) => ({
              value: p.id,
              label: `${i + 1}. ${p.acquisitionTime?.date ?? p.receivedAt.slice(0, 10)}`,
            }))}
          />
        )}
        <span className="gesang-reader-grow" />
        <Button
          size="small"
          icon={<CloseOutlined />}
          onClick={onClose}
          data-testid="prior-compare-close"
        >
          {t('ecgPatient.prior.closeCompare')} <span className="gesang-reader-keycap">P</span>
        </Button>
      </div>
      <Typography.Text type="secondary" className="gesang-prior-compare-hint">
        {t('ecgPatient.prior.sameScale')}
      </Typography.Text>
      {current.status === 'loaded' ? (
        <ComparePapers {...props} current={current.record} />
      ) : current.status === 'failed' ? (
        <Alert
          type="error"
          showIcon
          title={t('ecgReader.study.waveformFailed')}
          description={errorText(current.error)}
        />
      ) : (
        <Spin>
          <Alert type="info" title={t('ecgReader.study.loadingWaveform')} />
        </Spin>
      )}
    </div>
  );
}
