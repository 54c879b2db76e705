/**
 * Where every lead goes on the paper, in millimetres, for each layout: 3×4 + rhythm strip, 12×1
 * and single-lead zoom. Pure geometry; `render-viewport.ts` turns it into pixels.
 *
 * Every row starts with a 1 mV, 200 ms calibration pulse (IEC 60601-2-25), so its height shows the
 * gain and its width the paper speed. Traces start and rows' zero lines lie on 5 mm lines, as
 * on a cart's printout, so a reader can count large squares from them.
 */
import { STANDARD_12_LEADS } from '@gesang/ecg-signal';
import { PAGE_DURATION_S, rhythmLeadIndex, threeByFourCells } from './layout-3x4.js';
import { secondsToMm } from './paper.js';

/** The layouts of the viewer. */
export type EcgLayout = '3x4' | '12x1' | 'single';

/** Duration of the calibration pulse, s (1 mV high). */
export const CAL_PULSE_S = 0.2;

/** Blank paper after the last trace, mm. */
const RIGHT_MARGIN_MM = 5;
/** Strip under the last row for the speed/gain/filter legend, mm. */
const FOOTER_MM = 10;

/** One lead drawn over one time window. */
export interface Panel {
  /** Stable identity (calipers belong to a panel), e.g. `3x4:aVR`, `rhythm:II`, `row:V1`. */
  key: string;
  /** Index into the record's leads; -1 when the record lacks this lead. */
  leadIndex: number;
  /** Name shown on the paper. */
  leadName: string;
  /** Left edge, mm from the paper's left edge. */
  xMm: number;
  /** Width, mm. */
  widthMm: number;
  /** Top edge of the row, mm from the paper's top. */
  topMm: number;
  /** Row height, mm. */
  heightMm: number;
  /** The zero line (0 µV), mm from the paper's top. */
  baselineMm: number;
  /** First sample of the window. */
  startSample: number;
  /** One past the last sample of the window (≤ the record's length). */
  endSample: number;
  /** A column boundary: the window changes here (3×4 columns 2–4). */
  separatorBefore: boolean;
}

/** One row of paper and its calibration pulse. */
export interface PaperRow {
  topMm: number;
  heightMm: number;
  baselineMm: number;
}

/** The whole sheet. */
export interface PaperGeometry {
  layout: EcgLayout;
  panels: Panel[];
  rows: PaperRow[];
  /** Left edge of the calibration pulse in every row, mm. */
  calPulseXMm: number;
  /** Width of the calibration pulse, mm. */
  calPulseWidthMm: number;
  widthMm: number;
  heightMm: number;
  /** Top of the legend strip, mm. */
  footerTopMm: number;
  /** Screen magnification on top of the paper scale: 2 for the single-lead zoom, else 1. */
  magnification: number;
}

/** What the layout needs to know about the record and the display settings. */
export interface LayoutInput {
  layout: EcgLayout;
  /** Normalised lead names in the record's order. */
  leadNames: readonly string[];
  /** Samples per lead. */
  sampleCount: number;
  sampleRateHz: number;
  speedMmPerS: number;
  gainMmPerMv: number;
  /** Lead shown by the single-lead zoom (index into `leadNames`). */
  zoomLeadIndex: number;
  /** Where the 3×4 page starts, s (later 10 s pages of a long record). */
  pageStartS?: number;
}

const ceil5 = (mm: number): number => Math.ceil(mm / 5) * 5;
const round5 = (mm: number): number => Math.round(mm / 5) * 5;

/**
 * Row height per layout, mm: room for about ±2 mV in 3×4, ±1.2 mV in 12×1 and ±3 mV in the
 * zoom, rounded up to whole large squares.
 * @param layout the layout
 * @param gainMmPerMv gain, mm/mV
 * @example rowHeightMm('3x4', 10) // 40
 */
export function rowHeightMm(layout: EcgLayout, gainMmPerMv: number): number {
  const perMv = { '3x4': 4, '12x1': 2.5, single: 6 }[layout];
  const min = { '3x4': 20, '12x1': 15, single: 30 }[layout];
  return Math.max(min, ceil5(perMv * gainMmPerMv));
}

/** With at least this many of the standard twelve, a record is shown in the clinical order. */
const MIN_STANDARD_FOR_ORDER = 6;

/**
 * Display order of a record's leads: for a 12-lead record (at least six of the standard leads)
 * the standard leads in clinical order, then any other lead (V3R, X…) in file order; for
 * anything else (a Holter's MLII and V5) the file's own order, which puts its main lead first.
 * @param leadNames normalised lead names in file order
 * @returns indices into `leadNames`
 * @example orderedLeadIndices(['V1', 'I', 'II', 'III', 'aVR', 'aVL', 'X']) // [1, 2, 3, 4, 5, 0, 6]
 * @example orderedLeadIndices(['MLII', 'V5']) // [0, 1]
 */
export function orderedLeadIndices(leadNames: readonly string[]): number[] {
  const standard = STANDARD_12_LEADS.map((name) => leadNames.indexOf(name)).filter((i) => i >= 0);
  if (standard.length < MIN_STANDARD_FOR_ORDER) {
    return leadNames.map((_, i) => i);
  }
  const others = leadNames.map((_, i) => i).filter((i) => !standard.includes(i));
  return [...standard, ...others];
}

/**
 * Lays the record out on paper.
 * @param input record shape and settings
 * @returns panels, rows and sheet size in mm
 * @example
 * const sheet = layoutPaper({ layout: '3x4', leadNames, sampleCount: 5000, sampleRateHz: 500,
 *   speedMmPerS: 25, gainMmPerMv: 10, zoomLeadIndex: 0 });
 * sheet.panels.find((p) => p.leadName === 'aVR')?.startSample // 1250 (2.5 s)
 */
export function layoutPaper(input: LayoutInput): PaperGeometry {
  const { speedMmPerS: speed, sampleRateHz: fs, sampleCount } = input;
  const calPulseWidthMm = secondsToMm(CAL_PULSE_S, speed);
  const calPulseXMm = 2.5;
  const traceXMm = ceil5(calPulseXMm + calPulseWidthMm + 2.5);
  const heightMm = rowHeightMm(input.layout, input.gainMmPerMv);
  const baselineOffsetMm = round5(heightMm * 0.6);
  const rows: PaperRow[] = [];
  const row = (index: number): PaperRow => {
    while (rows.length <= index) {
      const topMm = rows.length * heightMm;
      rows.push({ topMm, heightMm, baselineMm: topMm + baselineOffsetMm });
    }
    return rows[index] as PaperRow;
  };
  const clampSample = (s: number): number => Math.min(sampleCount, Math.max(0, Math.round(s)));
  const panels: Panel[] = [];
  let traceWidthMm: number;

  if (input.layout === '3x4') {
    const pageStartS = input.pageStartS ?? 0;
    traceWidthMm = secondsToMm(PAGE_DURATION_S, speed);
    for (const cell of threeByFourCells(pageStartS)) {
      const r = row(cell.row);
      panels.push({
        key: `3x4:${cell.lead}`,
        leadIndex: input.leadNames.indexOf(cell.lead),
        leadName: cell.lead,
        xMm: traceXMm + secondsToMm(cell.startS - pageStartS, speed),
        widthMm: secondsToMm(cell.endS - cell.startS, speed),
        topMm: r.topMm,
        heightMm,
        baselineMm: r.baselineMm,
        startSample: clampSample(cell.startS * fs),
        endSample: clampSample(cell.endS * fs),
        separatorBefore: cell.column > 0,
      });
    }
    const rhythm = rhythmLeadIndex(input.leadNames);
    const r = row(3);
    panels.push({
      key: `rhythm:${input.leadNames[rhythm] ?? ''}`,
      leadIndex: rhythm,
      leadName: input.leadNames[rhythm] ?? 'II',
      xMm: traceXMm,
      widthMm: traceWidthMm,
      topMm: r.topMm,
      heightMm,
      baselineMm: r.baselineMm,
      startSample: clampSample(pageStartS * fs),
      endSample: clampSample((pageStartS + PAGE_DURATION_S) * fs),
      separatorBefore: false,
    });
  } else {
    traceWidthMm = secondsToMm(sampleCount / fs, speed);
    const order =
      input.layout === 'single' ? [input.zoomLeadIndex] : orderedLeadIndices(input.leadNames);
    order.forEach((leadIndex, index) => {
      const r = row(index);
      const name = input.leadNames[leadIndex] ?? '';
      panels.push({
        key: `${input.layout === 'single' ? 'zoom' : 'row'}:${name}`,
        leadIndex,
        leadName: name,
        xMm: traceXMm,
        widthMm: traceWidthMm,
        topMm: r.topMm,
        heightMm,
        baselineMm: r.baselineMm,
        startSample: 0,
        endSample: sampleCount,
        separatorBefore: false,
      });
    });
  }
  const footerTopMm = rows.length * heightMm;
  return {
    layout: input.layout,
    panels,
    rows,
    calPulseXMm,
    calPulseWidthMm,
    widthMm: traceXMm + traceWidthMm + RIGHT_MARGIN_MM,
    heightMm: footerTopMm + FOOTER_MM,
    footerTopMm,
    magnification: input.layout === 'single' ? 2 : 1,
  };
}

/**
 * The panel under a point of the paper, for clicks and calipers.
 * @param sheet the layout
 * @param xMm horizontal position, mm from the paper's left edge
 * @param yMm vertical position, mm from the paper's top
 * @returns the panel whose box contains the point, or undefined
 * @example panelAt(sheet, 20, 10)?.leadName // 'I'
 */
export function panelAt(sheet: PaperGeometry, xMm: number, yMm: number): Panel | undefined {
  return sheet.panels.find(
    (p) => xMm >= p.xMm && xMm < p.xMm + p.widthMm && yMm >= p.topMm && yMm < p.topMm + p.heightMm,
  );
}
