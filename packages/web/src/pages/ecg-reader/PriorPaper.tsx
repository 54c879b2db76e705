import type { EcgSignal } from '@gesang/ecg-signal';
import { Typography } from 'antd';
import { useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { caliperReading, formatCaliperReading, type Caliper } from '../../ecg-viewer/calipers.js';
import { filterForDisplay } from '../../ecg-viewer/display-signal.js';
import { PAGE_DURATION_S, pageCount } from '../../ecg-viewer/layout-3x4.js';
import { layoutPaper } from '../../ecg-viewer/layout.js';
import { PaperView } from '../../ecg-viewer/PaperView.js';
import type { ViewerSettings } from '../../ecg-viewer/viewer-settings.js';

/** A record with the limb leads the viewer derives (withDerivedLimbLeads). */
export interface DerivedRecord {
  signal: EcgSignal;
  derived: string[];
}

/** Props of {@link PriorPaper}. */
export interface PriorPaperProps {
  record: DerivedRecord;
  /** The comparison's shared settings (speed, gain, layout, filter, scale, page). */
  settings: ViewerSettings;
  /** The lead the single-lead zoom shows, by name, so both papers zoom the same lead. */
  zoomLeadName: string;
  calibration: number;
  maxHeight: string;
  /** What this paper is, above it: which ECG, when, its conclusion. */
  heading: ReactNode;
  onZoom: (leadName: string) => void;
  testId: string;
}

const NO_BEATS = [] as const;

/**
 * One of the two papers of the comparison: the viewer's own paper (PaperView) drawn with the
 * shared settings, the zoomed lead found by name in this record, the 3×4 page kept within its
 * length, and calipers of its own.
 */
export function PriorPaper(props: PriorPaperProps): ReactElement {
  const { record, settings, zoomLeadName, calibration, maxHeight, heading, onZoom, testId } = props;
  const { t } = useTranslation();
  const { signal, derived } = record;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [caliper, setCaliper] = useState<Caliper | null>(null);
  const leadNames = useMemo(() => signal.leads.map((lead) => String(lead.name)), [signal]);
  const sampleCount = signal.leads[0]?.samplesUv.length ?? 0;
  const durationS = sampleCount / signal.sampleRateHz;
  const filtered = useMemo(
    () => (settings.filter ? filterForDisplay(signal) : null),
    [settings.filter, signal],
  );
  const zoomLeadIndex = Math.max(0, leadNames.indexOf(zoomLeadName));
  const lastPageS = (pageCount(durationS) - 1) * PAGE_DURATION_S;
  const own = useMemo<ViewerSettings>(
    () => ({ ...settings, zoomLeadIndex, pageStartS: Math.min(settings.pageStartS, lastPageS) }),
    [settings, zoomLeadIndex, lastPageS],
  );
  const sheet = useMemo(
    () =>
      layoutPaper({
        layout: own.layout,
        leadNames,
        sampleCount,
        sampleRateHz: signal.sampleRateHz,
        speedMmPerS: own.speedMmPerS,
        gainMmPerMv: own.gainMmPerMv,
        zoomLeadIndex: own.zoomLeadIndex,
        pageStartS: own.pageStartS,
      }),
    [own, leadNames, sampleCount, signal.sampleRateHz],
  );
  const shownCaliper =
    caliper !== null && sheet.panels.some((p) => p.key === caliper.panelKey) ? caliper : null;
  const legend = [
    `${own.speedMmPerS} mm/s`,
    `${own.gainMmPerMv} mm/mV`,
    filtered ? t('ecgViewer.legendFiltered') : t('ecgViewer.legendUnfiltered'),
    `${Math.round(signal.sampleRateHz * 100) / 100} Hz`,
    ...(derived.length > 0 ? [t('ecgViewer.derived', { leads: derived.join(', ') })] : []),
  ].join('   ');
  const reading = shownCaliper && caliperReading(shownCaliper, signal.sampleRateHz);

  return (
    <section className="gesang-prior-paper" data-testid={testId}>
      <div className="gesang-prior-paper-head">{heading}</div>
      <PaperView
        scrollerRef={scrollerRef}
        signal={filtered ?? signal}
        sheet={sheet}
        settings={own}
        calibration={calibration}
        beats={NO_BEATS}
        caliper={shownCaliper}
        onCaliper={setCaliper}
        onPanelClick={(panel) => onZoom(leadNames[panel.leadIndex] ?? zoomLeadName)}
        measureByTouch={false}
        legend={legend}
        derived={derived}
        maxHeight={maxHeight}
      />
      <div aria-live="polite">
        {reading && (
          <Typography.Text type="secondary">
            {`${t('ecgViewer.caliperReading')}: ${formatCaliperReading(reading)}`}
          </Typography.Text>
        )}
      </div>
    </section>
  );
}
