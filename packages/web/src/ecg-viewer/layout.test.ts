import { STANDARD_12_LEADS } from '@gesang/ecg-signal';
import { describe, expect, it } from 'vitest';
import {
  layoutPaper,
  orderedLeadIndices,
  panelAt,
  rowHeightMm,
  type LayoutInput,
} from './layout.js';
import { pageCount, rhythmLeadIndex, threeByFourCells } from './layout-3x4.js';

const twelve: LayoutInput = {
  layout: '3x4',
  leadNames: [...STANDARD_12_LEADS],
  sampleCount: 5000,
  sampleRateHz: 500,
  speedMmPerS: 25,
  gainMmPerMv: 10,
  zoomLeadIndex: 1,
};

describe('3×4 window table (AHA standard format)', () => {
  it('shows each column its own consecutive 2.5 s window', () => {
    const windows = Object.fromEntries(
      threeByFourCells().map((c) => [c.lead, [c.row, c.column, c.startS, c.endS]]),
    );
    expect(windows).toEqual({
      I: [0, 0, 0, 2.5],
      II: [1, 0, 0, 2.5],
      III: [2, 0, 0, 2.5],
      aVR: [0, 1, 2.5, 5],
      aVL: [1, 1, 2.5, 5],
      aVF: [2, 1, 2.5, 5],
      V1: [0, 2, 5, 7.5],
      V2: [1, 2, 5, 7.5],
      V3: [2, 2, 5, 7.5],
      V4: [0, 3, 7.5, 10],
      V5: [1, 3, 7.5, 10],
      V6: [2, 3, 7.5, 10],
    });
  });

  it('shifts the whole page for later pages of a long record', () => {
    expect(threeByFourCells(10).find((c) => c.lead === 'V4')).toMatchObject({
      startS: 17.5,
      endS: 20,
    });
  });

  it('counts 10 s pages, forgiving a cart clock a few ms long', () => {
    expect([pageCount(10), pageCount(10.002), pageCount(10.5), pageCount(1805)]).toEqual([
      1, 1, 2, 181,
    ]);
    expect(pageCount(0)).toBe(1);
  });

  it('takes lead II for the rhythm strip, else the first lead', () => {
    expect(rhythmLeadIndex([...STANDARD_12_LEADS])).toBe(1);
    expect(rhythmLeadIndex(['MLII', 'V5'])).toBe(0);
    expect(rhythmLeadIndex([])).toBe(-1);
  });
});

describe('layoutPaper', () => {
  it('lays 3×4 + rhythm out on 250 mm of trace at 25 mm/s, windows in samples', () => {
    const sheet = layoutPaper(twelve);
    expect(sheet.panels).toHaveLength(13);
    const byKey = new Map(sheet.panels.map((p) => [p.key, p]));
    // 200 ms pulse = 5 mm at 25 mm/s, in a 10 mm margin: traces start on a 5 mm line.
    expect(sheet.calPulseWidthMm).toBe(5);
    expect(byKey.get('3x4:I')).toMatchObject({ xMm: 10, widthMm: 62.5, startSample: 0 });
    expect(byKey.get('3x4:aVR')).toMatchObject({
      xMm: 72.5,
      startSample: 1250,
      endSample: 2500,
      separatorBefore: true,
    });
    expect(byKey.get('3x4:V4')).toMatchObject({ xMm: 197.5, startSample: 3750, endSample: 5000 });
    expect(byKey.get('rhythm:II')).toMatchObject({
      leadIndex: 1,
      xMm: 10,
      widthMm: 250,
      startSample: 0,
      endSample: 5000,
    });
    expect(sheet.widthMm).toBe(10 + 250 + 5);
    // 4 rows of 40 mm at 10 mm/mV, zero lines on 5 mm lines.
    expect(sheet.rows.map((r) => r.baselineMm)).toEqual([25, 65, 105, 145]);
    expect(sheet.rows.every((r) => r.baselineMm % 5 === 0)).toBe(true);
  });

  it('doubles everything along time at 50 mm/s (10 mm pulse, 500 mm of trace)', () => {
    const sheet = layoutPaper({ ...twelve, speedMmPerS: 50 });
    expect(sheet.calPulseWidthMm).toBe(10);
    expect(sheet.panels.find((p) => p.leadName === 'V1')).toMatchObject({
      xMm: 15 + 250,
      widthMm: 125,
      startSample: 2500,
    });
  });

  it('marks missing leads and clips windows to a short record', () => {
    const sheet = layoutPaper({ ...twelve, leadNames: ['I', 'II', 'III'], sampleCount: 3000 });
    expect(sheet.panels.find((p) => p.leadName === 'V1')).toMatchObject({
      leadIndex: -1,
      startSample: 2500,
      endSample: 3000,
    });
    expect(sheet.panels.find((p) => p.leadName === 'V4')).toMatchObject({
      startSample: 3000,
      endSample: 3000,
    });
  });

  it('puts every lead on its own full-length row in 12×1, standard order first', () => {
    const names = ['V1', 'I', 'X', 'II', 'III', 'aVR', 'aVL'];
    expect(orderedLeadIndices(names)).toEqual([1, 3, 4, 5, 6, 0, 2]);
    const sheet = layoutPaper({ ...twelve, layout: '12x1', leadNames: names, sampleCount: 9000 });
    expect(sheet.panels.map((p) => p.leadName)).toEqual([
      'I',
      'II',
      'III',
      'aVR',
      'aVL',
      'V1',
      'X',
    ]);
    expect(sheet.panels.every((p) => p.widthMm === 450 && p.endSample === 9000)).toBe(true);
    expect(sheet.rows).toHaveLength(7);
    expect(sheet.magnification).toBe(1);
  });

  it('keeps a Holter record in file order, main lead first', () => {
    expect(orderedLeadIndices(['MLII', 'V5'])).toEqual([0, 1]);
  });

  it('zooms one lead over the whole record, magnified twice', () => {
    const sheet = layoutPaper({ ...twelve, layout: 'single', zoomLeadIndex: 7 });
    expect(sheet.panels).toHaveLength(1);
    expect(sheet.panels[0]).toMatchObject({ leadName: 'V2', widthMm: 250, endSample: 5000 });
    expect(sheet.magnification).toBe(2);
  });

  it('grows rows with the gain in whole large squares', () => {
    expect(rowHeightMm('3x4', 5)).toBe(20);
    expect(rowHeightMm('3x4', 10)).toBe(40);
    expect(rowHeightMm('3x4', 20)).toBe(80);
    expect(rowHeightMm('12x1', 10)).toBe(25);
  });

  it('finds the panel under a point', () => {
    const sheet = layoutPaper(twelve);
    expect(panelAt(sheet, 80, 50)?.leadName).toBe('aVL'); // column 2 (2.5–5 s), row 2 (40–80 mm)
    expect(panelAt(sheet, 80, 30)?.leadName).toBe('aVR');
    expect(panelAt(sheet, 100, 150)?.key).toBe('rhythm:II');
    expect(panelAt(sheet, 3, 30)).toBeUndefined(); // calibration margin
  });
});
