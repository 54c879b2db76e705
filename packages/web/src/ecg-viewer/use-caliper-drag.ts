import { useRef, type PointerEvent, type RefObject } from 'react';
import { paperToCaliperPoint, type Caliper, type CaliperScale } from './calipers.js';
import { panelAt, type Panel, type PaperGeometry } from './layout.js';

/** A press that moves less than this (CSS px) is a click, not a caliper drag. */
const CLICK_SLOP_PX = 4;

/** Inputs of {@link useCaliperDrag}. */
export interface CaliperDragOptions {
  scrollerRef: RefObject<HTMLElement | null>;
  sheet: PaperGeometry;
  /** CSS px per paper mm on screen, magnification included. */
  pxPerMm: number;
  scale: CaliperScale;
  /** Touch drags measure (else they scroll, as a finger expects). */
  measureByTouch: boolean;
  /** The caliper while and after dragging. */
  onCaliper: (caliper: Caliper) => void;
  /** A click (or tap) on a panel, with the sample under it. */
  onPanelClick: (panel: Panel, sample: number) => void;
}

/** Pointer handlers for the canvas. */
export interface CaliperDragHandlers {
  onPointerDown: (event: PointerEvent<HTMLCanvasElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLCanvasElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLCanvasElement>) => void;
  onPointerCancel: () => void;
}

interface Drag {
  panel: Panel;
  from: Caliper['from'];
  clientX: number;
  clientY: number;
  measuring: boolean;
  moved: boolean;
}

/**
 * Calipers by dragging on a trace, and click-to-zoom: press on a panel, drag to the second point;
 * a press without movement is a click. Mouse and pen always measure; touch measures only in
 * measuring mode, so that a finger still scrolls the paper.
 * @param options sheet, scale and callbacks
 * @returns handlers to spread on the canvas
 */
export function useCaliperDrag(options: CaliperDragOptions): CaliperDragHandlers {
  const drag = useRef<Drag | null>(null);
  const paperPoint = (event: PointerEvent<HTMLCanvasElement>): { xMm: number; yMm: number } => {
    const rect = event.currentTarget.getBoundingClientRect();
    const scroller = options.scrollerRef.current;
    const x = event.clientX - rect.left + (scroller?.scrollLeft ?? 0);
    const y = event.clientY - rect.top + (scroller?.scrollTop ?? 0);
    return { xMm: x / options.pxPerMm, yMm: y / options.pxPerMm };
  };
  const caliperTo = (event: PointerEvent<HTMLCanvasElement>, d: Drag): Caliper => {
    const { xMm, yMm } = paperPoint(event);
    const to = paperToCaliperPoint(d.panel, xMm, yMm, options.scale);
    const last = d.panel.startSample + Math.max(0, d.panel.endSample - d.panel.startSample - 1);
    return {
      panelKey: d.panel.key,
      from: d.from,
      to: { ...to, sample: Math.min(last, Math.max(d.panel.startSample, to.sample)) },
    };
  };
  return {
    onPointerDown: (event) => {
      if (event.button !== 0) {
        return;
      }
      const { xMm, yMm } = paperPoint(event);
      const panel = panelAt(options.sheet, xMm, yMm);
      if (panel === undefined || panel.leadIndex < 0) {
        drag.current = null;
        return;
      }
      const measuring = event.pointerType !== 'touch' || options.measureByTouch;
      drag.current = {
        panel,
        from: paperToCaliperPoint(panel, xMm, yMm, options.scale),
        clientX: event.clientX,
        clientY: event.clientY,
        measuring,
        moved: false,
      };
      if (measuring) {
        event.currentTarget.setPointerCapture(event.pointerId);
        event.preventDefault(); // no text selection while dragging
      }
    },
    onPointerMove: (event) => {
      const d = drag.current;
      if (d === null) {
        return;
      }
      const distance = Math.hypot(event.clientX - d.clientX, event.clientY - d.clientY);
      d.moved ||= distance >= CLICK_SLOP_PX;
      if (d.measuring && d.moved) {
        options.onCaliper(caliperTo(event, d));
      }
    },
    onPointerUp: (event) => {
      const d = drag.current;
      drag.current = null;
      if (d === null) {
        return;
      }
      if (!d.moved) {
        options.onPanelClick(d.panel, d.from.sample);
      } else if (d.measuring) {
        options.onCaliper(caliperTo(event, d));
      }
    },
    onPointerCancel: () => {
      drag.current = null;
    },
  };
}
