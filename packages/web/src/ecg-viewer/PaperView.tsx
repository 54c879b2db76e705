import type { EcgSignal } from '@gesang/ecg-signal';
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Caliper } from './calipers.js';
import type { ViewerBeat } from './draw-overlays.js';
import { PAPER_COLORS } from './draw-paper.js';
import type { Panel, PaperGeometry } from './layout.js';
import { panelOffsetsUv } from './render-viewport.js';
import { isTypingInto } from './typing-target.js';
import { useCaliperDrag } from './use-caliper-drag.js';
import { useElementSize } from './use-element-size.js';
import { usePaperCanvas, type PaperFrame } from './use-paper-canvas.js';
import { fitPxPerMm, paperPxPerMm, sampleXPx } from './viewer-scale.js';
import type { ViewerSettings } from './viewer-settings.js';

/** Props of {@link PaperView}. */
export interface PaperViewProps {
  /** The scrolling element (the viewer scrolls it for PageDown, Home, End). */
  scrollerRef: RefObject<HTMLDivElement | null>;
  /** The record as displayed (derived leads added, filtered or not). */
  signal: EcgSignal;
  sheet: PaperGeometry;
  settings: ViewerSettings;
  calibration: number;
  beats: readonly ViewerBeat[];
  caliper: Caliper | null;
  onCaliper: (caliper: Caliper) => void;
  /** A click on a panel outside the zoom: the viewer zooms that lead. */
  onPanelClick: (panel: Panel) => void;
  measureByTouch: boolean;
  legend: string;
  /** Leads computed from I and II. */
  derived: readonly string[];
  /** Largest height of the paper area, a CSS length. */
  maxHeight: string;
}

/**
 * The paper: a scrolling frame the size of the whole sheet with a viewport-sized canvas stuck
 * inside it, redrawn as it scrolls. Calipers are dragged on it; a click zooms a lead and brings
 * the clicked moment into view.
 */
export function PaperView(props: PaperViewProps): ReactElement {
  const { t } = useTranslation();
  const { scrollerRef, signal, sheet, settings } = props;
  const { speedMmPerS, gainMmPerMv } = settings;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const pendingScrollSample = useRef<number | null>(null);
  const [focused, setFocused] = useState(false);
  const size = useElementSize(scrollerRef);
  const pxPerMm =
    settings.scaleMode === 'fit-width' && size.widthPx > 0
      ? fitPxPerMm(sheet, speedMmPerS, size.widthPx)
      : paperPxPerMm(sheet, props.calibration);
  const offsetsUv = useMemo(() => panelOffsetsUv(sheet, signal), [sheet, signal]);
  const missingText = t('ecgViewer.notRecorded');
  const { beats, caliper, legend, derived } = props;
  const frame = useMemo<PaperFrame>(
    () => ({
      sheet,
      signal,
      pxPerMm,
      speedMmPerS,
      gainMmPerMv,
      offsetsUv,
      beats,
      caliper,
      legend,
      missingText,
      derived,
    }),
    [
      sheet,
      signal,
      pxPerMm,
      speedMmPerS,
      gainMmPerMv,
      offsetsUv,
      beats,
      caliper,
      legend,
      missingText,
      derived,
    ],
  );
  const contentWidthPx = sheet.widthMm * pxPerMm;
  const contentHeightPx = sheet.heightMm * pxPerMm;
  // The canvas covers what is visible: the scroller, or less when the paper is smaller.
  const canvasWidthPx = Math.floor(Math.min(size.widthPx, contentWidthPx));
  const canvasHeightPx = Math.floor(Math.min(size.heightPx, contentHeightPx));
  const canvasSize = useMemo(
    () => ({ widthPx: canvasWidthPx, heightPx: canvasHeightPx }),
    [canvasWidthPx, canvasHeightPx],
  );
  usePaperCanvas(canvasRef, scrollerRef, canvasSize, frame);

  // Keys work at once when a record opens, whatever had the focus (the menu, the file picker),
  // unless someone is typing (a statement search, the conclusion): they keep the focus and text.
  useEffect(() => {
    if (!isTypingInto(document.activeElement)) {
      scrollerRef.current?.focus({ preventScroll: true });
    }
  }, [scrollerRef]);

  // After a click-to-zoom, bring the clicked moment into the middle of the zoomed lead.
  useLayoutEffect(() => {
    const sample = pendingScrollSample.current;
    const scroller = scrollerRef.current;
    if (sample !== null && scroller !== null && sheet.layout === 'single') {
      pendingScrollSample.current = null;
      const x = sampleXPx(sheet, sample, signal.sampleRateHz, speedMmPerS, pxPerMm);
      scroller.scrollLeft = Math.max(0, x - scroller.clientWidth / 2);
    }
  }, [scrollerRef, sheet, pxPerMm, signal.sampleRateHz, speedMmPerS]);

  const handlers = useCaliperDrag({
    scrollerRef,
    sheet,
    pxPerMm,
    scale: { speedMmPerS, gainMmPerMv, sampleRateHz: signal.sampleRateHz },
    measureByTouch: props.measureByTouch,
    onCaliper: props.onCaliper,
    onPanelClick: (panel, sample) => {
      if (sheet.layout !== 'single') {
        pendingScrollSample.current = sample;
        props.onPanelClick(panel);
      }
    },
  });

  const durationS = (signal.leads[0]?.samplesUv.length ?? 0) / signal.sampleRateHz;
  return (
    <div
      ref={scrollerRef}
      tabIndex={0}
      data-testid="ecg-scroller"
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      style={{
        overflow: 'auto',
        maxHeight: props.maxHeight,
        // True size: the frame hugs the paper; fit width: it sets the width the paper fills.
        width: settings.scaleMode === 'true-size' ? 'fit-content' : undefined,
        maxWidth: '100%',
        border: `1px solid ${PAPER_COLORS.major}`,
        outline: 'none',
        // A soft ring instead of the default heavy outline: the focus is put here on load.
        boxShadow: focused ? '0 0 0 2px rgba(19, 80, 139, 0.35)' : undefined,
      }}
    >
      <div style={{ width: contentWidthPx, height: contentHeightPx }}>
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={t('ecgViewer.canvasLabel', {
            leads: signal.leads.length,
            seconds: Math.round(durationS * 10) / 10,
          })}
          data-testid="ecg-canvas"
          data-layout={settings.layout}
          data-speed={speedMmPerS}
          data-gain={gainMmPerMv}
          data-filter={settings.filter}
          data-zoom-lead={
            settings.layout === 'single'
              ? String(signal.leads[settings.zoomLeadIndex]?.name ?? '')
              : ''
          }
          data-px-per-mm={pxPerMm.toFixed(4)}
          style={{
            position: 'sticky',
            left: 0,
            top: 0,
            display: 'block',
            width: canvasWidthPx,
            height: canvasHeightPx,
            cursor: 'crosshair',
            touchAction: props.measureByTouch ? 'none' : 'pan-x pan-y',
          }}
          {...handlers}
        />
      </div>
    </div>
  );
}
