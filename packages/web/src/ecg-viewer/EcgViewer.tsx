import { STANDARD_12_LEADS, type EcgSignal } from '@gesang/ecg-signal';
import { Alert, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../hooks/use-is-phone.js';
import { caliperReading, formatCaliperReading, type Caliper } from './calipers.js';
import { withDerivedLimbLeads } from './derive-limb-leads.js';
import { filterForDisplay } from './display-signal.js';
import type { ViewerBeat } from './draw-overlays.js';
import { FindingsPanel, type FindingsGroup } from './FindingsPanel.js';
import { rhythmLeadIndex } from './layout-3x4.js';
import { layoutPaper, orderedLeadIndices } from './layout.js';
import { LeadStrip } from './LeadStrip.js';
import { PaperView } from './PaperView.js';
import { loadScreenCalibration } from './screen-calibration.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import type { ViewerCommand } from './shortcuts.js';
import { useViewerKeys } from './use-viewer-keys.js';
import { applyViewerAction, initialSettings, type ViewerAction } from './viewer-settings.js';
import { ViewerToolbar } from './ViewerToolbar.js';

/** Props of {@link EcgViewer}. Give it a `key` per record: settings start afresh for each. */
export interface EcgViewerProps {
  signal: EcgSignal;
  /** Detected beats to mark (QRS fiducials at the record's rate). */
  beats?: readonly ViewerBeat[];
  /** Statements and measurements to show beside the tracing. */
  findings?: readonly FindingsGroup[];
  /** Largest height of the paper area, a CSS length. */
  maxHeight?: string;
}

const NO_BEATS: readonly ViewerBeat[] = [];
const touchScreen = (): boolean => window.matchMedia('(any-pointer: coarse)').matches;

/**
 * The 12-lead ECG viewer: ECG paper on a canvas, 3×4 + rhythm, 12×1 and single-lead zoom, paper
 * speed and gain, calipers, display filter and keyboard shortcuts (`?` lists them).
 */
export function EcgViewer({
  signal: recorded,
  beats,
  findings,
  maxHeight,
}: EcgViewerProps): ReactElement {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { signal, derived } = useMemo(() => withDerivedLimbLeads(recorded), [recorded]);
  const leadNames = useMemo(() => signal.leads.map((lead) => String(lead.name)), [signal]);
  const sampleCount = signal.leads[0]?.samplesUv.length ?? 0;
  const durationS = sampleCount / signal.sampleRateHz;
  const shape = useMemo(
    () => ({ leadOrder: orderedLeadIndices(leadNames), durationS }),
    [leadNames, durationS],
  );
  const [settings, setSettings] = useState(() =>
    initialSettings(
      STANDARD_12_LEADS.every((name) => leadNames.includes(name)) ? '3x4' : '12x1',
      isPhone ? 'fit-width' : 'true-size',
      Math.max(0, rhythmLeadIndex(leadNames)),
    ),
  );
  const dispatch = useCallback(
    (action: ViewerAction) => setSettings((s) => applyViewerAction(s, action, shape)),
    [shape],
  );
  const [caliper, setCaliper] = useState<Caliper | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [measureByTouch, setMeasureByTouch] = useState(false);
  const [calibration, setCalibration] = useState(loadScreenCalibration);
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);

  const filtered = useMemo(
    () => (settings.filter ? filterForDisplay(signal) : null),
    [settings.filter, signal],
  );
  const shown = filtered ?? signal;
  const { speedMmPerS, gainMmPerMv } = settings;
  const sheet = useMemo(
    () =>
      layoutPaper({
        layout: settings.layout,
        leadNames,
        sampleCount,
        sampleRateHz: signal.sampleRateHz,
        speedMmPerS,
        gainMmPerMv,
        zoomLeadIndex: settings.zoomLeadIndex,
        pageStartS: settings.pageStartS,
      }),
    [settings, leadNames, sampleCount, signal.sampleRateHz, speedMmPerS, gainMmPerMv],
  );
  const shownCaliper =
    caliper !== null && sheet.panels.some((p) => p.key === caliper.panelKey) ? caliper : null;
  const legend = [
    `${speedMmPerS} mm/s`,
    `${gainMmPerMv} mm/mV`,
    filtered ? t('ecgViewer.legendFiltered') : t('ecgViewer.legendUnfiltered'),
    `${Math.round(signal.sampleRateHz * 100) / 100} Hz`,
    ...(derived.length > 0 ? [t('ecgViewer.derived', { leads: derived.join(', ') })] : []),
  ].join('   ');
  const onCommand = (command: ViewerCommand): void => {
    const scroller = scrollerRef.current;
    switch (command.type) {
      case 'escape':
        if (shownCaliper !== null) {
          setCaliper(null);
        } else {
          dispatch({ type: 'unzoom' });
        }
        return;
      case 'help':
        setHelpOpen((open) => !open);
        return;
      case 'measure':
        setMeasureByTouch((on) => !on);
        return;
      case 'scroll': {
        const step = { next: 1, previous: -1, start: -Infinity, end: Infinity }[command.to];
        if (settings.layout === '3x4') {
          dispatch({ type: 'page', step });
        } else if (scroller !== null) {
          const left = Number.isFinite(step)
            ? scroller.scrollLeft + step * scroller.clientWidth * 0.9
            : step < 0
              ? 0
              : scroller.scrollWidth;
          scroller.scrollTo({ left });
        }
        return;
      }
      default:
        dispatch(command);
    }
  };
  useViewerKeys(
    rootRef,
    helpOpen ? (c) => (c.type === 'help' || c.type === 'escape') && setHelpOpen(false) : onCommand,
    helpOpen,
  );

  const reading = shownCaliper && caliperReading(shownCaliper, signal.sampleRateHz);
  return (
    <div
      ref={rootRef}
      data-testid="ecg-viewer"
      style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 }}
    >
      <ViewerToolbar
        settings={settings}
        dispatch={dispatch}
        durationS={durationS}
        calibration={calibration}
        onCalibration={setCalibration}
        touch={touchScreen()}
        measureByTouch={measureByTouch}
        onMeasureByTouch={setMeasureByTouch}
        onHelp={() => setHelpOpen(true)}
      />
      <LeadStrip
        leadNames={leadNames}
        order={shape.leadOrder}
        derived={derived}
        zoomed={settings.layout === 'single' ? settings.zoomLeadIndex : undefined}
        onZoom={(leadIndex) => dispatch({ type: 'zoom', leadIndex })}
      />
      {settings.filter && filtered === null && (
        <Alert type="warning" showIcon title={t('ecgViewer.filterFailed')} />
      )}
      <PaperView
        scrollerRef={scrollerRef}
        signal={shown}
        sheet={sheet}
        settings={settings}
        calibration={calibration}
        beats={beats ?? NO_BEATS}
        caliper={shownCaliper}
        onCaliper={setCaliper}
        onPanelClick={(panel) => dispatch({ type: 'zoom', leadIndex: panel.leadIndex })}
        measureByTouch={measureByTouch}
        legend={legend}
        derived={derived}
        maxHeight={maxHeight ?? 'max(320px, calc(100vh - 140px))'}
      />
      <Typography.Text type="secondary" aria-live="polite" data-testid="ecg-caliper-reading">
        {reading
          ? `${t('ecgViewer.caliperReading')}: ${formatCaliperReading(reading)}`
          : t('ecgViewer.caliperHint')}
      </Typography.Text>
      {findings !== undefined && findings.length > 0 && <FindingsPanel groups={findings} />}
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
