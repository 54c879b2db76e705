/**
 * The viewer's display state and the one function that changes it, so toolbar buttons and
 * keyboard shortcuts take exactly the same path.
 */
import type { EcgLayout } from './layout.js';
import { PAGE_DURATION_S, pageCount } from './layout-3x4.js';
import {
  GAINS_MM_PER_MV,
  PAPER_SPEEDS_MM_PER_S,
  type GainMmPerMv,
  type PaperSpeedMmPerS,
} from './paper.js';

/** How paper millimetres map to the screen. */
export type ScaleMode = 'true-size' | 'fit-width';

/** Everything the reader can change about the display. */
export interface ViewerSettings {
  layout: EcgLayout;
  /** Layout to go back to when leaving the single-lead zoom. */
  previousLayout: Exclude<EcgLayout, 'single'>;
  speedMmPerS: PaperSpeedMmPerS;
  gainMmPerMv: GainMmPerMv;
  /** Lead of the single-lead zoom: index into the record's leads. */
  zoomLeadIndex: number;
  /** Display filter on (0.5 Hz high-pass, 50 Hz notch, 40 Hz low-pass). */
  filter: boolean;
  scaleMode: ScaleMode;
  /** Start of the 3×4 page, s (a multiple of 10). */
  pageStartS: number;
}

/** Something the reader asked for, by button or key. */
export type ViewerAction =
  | { type: 'layout'; layout: Exclude<EcgLayout, 'single'> }
  /** Zoom into a lead (the last zoomed one when `leadIndex` is absent). */
  | { type: 'zoom'; leadIndex?: number }
  | { type: 'zoom-step'; step: 1 | -1 }
  | { type: 'unzoom' }
  | { type: 'speed'; speedMmPerS?: PaperSpeedMmPerS }
  | { type: 'gain'; gainMmPerMv?: GainMmPerMv }
  | { type: 'filter' }
  | { type: 'scale'; scaleMode: ScaleMode }
  /** Move the 3×4 page by `step` pages (±Infinity: first or last page). */
  | { type: 'page'; step: number };

/** What the reducer needs to know about the record. */
export interface RecordShape {
  /** Leads in display order (indices into the record's leads). */
  leadOrder: readonly number[];
  /** Length of the record, s. */
  durationS: number;
}

/**
 * Settings for a newly opened record.
 * @param layout 3×4 for a 12-lead record, else 12×1
 * @param scaleMode true size on a desk, fit-width on a phone
 * @param zoomLeadIndex lead the zoom key opens first (the rhythm lead, II)
 * @example initialSettings('3x4', 'true-size').speedMmPerS // 25
 */
export function initialSettings(
  layout: Exclude<EcgLayout, 'single'>,
  scaleMode: ScaleMode,
  zoomLeadIndex = 0,
): ViewerSettings {
  return {
    layout,
    previousLayout: layout,
    speedMmPerS: 25,
    gainMmPerMv: 10,
    zoomLeadIndex,
    filter: false,
    scaleMode,
    pageStartS: 0,
  };
}

function next<T>(values: readonly T[], current: T): T {
  return values[(values.indexOf(current) + 1) % values.length] as T;
}

/**
 * Applies an action.
 * @param settings the current settings
 * @param action what was asked
 * @param shape lead order and length of the record
 * @returns the new settings (the same object when nothing changes)
 * @example applyViewerAction(s, { type: 'gain' }, shape).gainMmPerMv // 10 → 20 → 5 → 10
 */
export function applyViewerAction(
  settings: ViewerSettings,
  action: ViewerAction,
  shape: RecordShape,
): ViewerSettings {
  switch (action.type) {
    case 'layout':
      return { ...settings, layout: action.layout, previousLayout: action.layout };
    case 'zoom':
      return {
        ...settings,
        layout: 'single',
        zoomLeadIndex: action.leadIndex ?? settings.zoomLeadIndex,
      };
    case 'zoom-step': {
      const order = shape.leadOrder;
      if (order.length === 0) {
        return settings;
      }
      const at = order.indexOf(settings.zoomLeadIndex);
      const position =
        settings.layout !== 'single' || at < 0
          ? action.step > 0
            ? 0
            : order.length - 1
          : (at + action.step + order.length) % order.length;
      return { ...settings, layout: 'single', zoomLeadIndex: order[position] ?? 0 };
    }
    case 'unzoom':
      return settings.layout === 'single'
        ? { ...settings, layout: settings.previousLayout }
        : settings;
    case 'speed':
      return {
        ...settings,
        speedMmPerS: action.speedMmPerS ?? next(PAPER_SPEEDS_MM_PER_S, settings.speedMmPerS),
      };
    case 'gain':
      return {
        ...settings,
        gainMmPerMv: action.gainMmPerMv ?? next(GAINS_MM_PER_MV, settings.gainMmPerMv),
      };
    case 'filter':
      return { ...settings, filter: !settings.filter };
    case 'scale':
      return { ...settings, scaleMode: action.scaleMode };
    case 'page': {
      const lastPageS = (pageCount(shape.durationS) - 1) * PAGE_DURATION_S;
      const pageStartS = Math.min(
        lastPageS,
        Math.max(0, settings.pageStartS + action.step * PAGE_DURATION_S),
      );
      return pageStartS === settings.pageStartS ? settings : { ...settings, pageStartS };
    }
  }
}
