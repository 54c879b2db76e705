import { describe, expect, it } from 'vitest';
import { applyViewerAction, initialSettings, type RecordShape } from './viewer-settings.js';

const shape: RecordShape = { leadOrder: [0, 1, 2, 3], durationS: 10 };
const start = initialSettings('3x4', 'true-size', 1);

describe('viewer settings', () => {
  it('start at 25 mm/s and 10 mm/mV (the standard)', () => {
    expect(start).toMatchObject({ speedMmPerS: 25, gainMmPerMv: 10, layout: '3x4' });
  });

  it('cycle speed 25 ↔ 50 and gain 10 → 20 → 5 → 10', () => {
    const fast = applyViewerAction(start, { type: 'speed' }, shape);
    expect(fast.speedMmPerS).toBe(50);
    expect(applyViewerAction(fast, { type: 'speed' }, shape).speedMmPerS).toBe(25);
    const gains = [start];
    for (let i = 0; i < 3; i++) {
      gains.push(applyViewerAction(gains[i] ?? start, { type: 'gain' }, shape));
    }
    expect(gains.map((s) => s.gainMmPerMv)).toEqual([10, 20, 5, 10]);
  });

  it('zooms a lead and returns to the layout it came from', () => {
    const twelve = applyViewerAction(start, { type: 'layout', layout: '12x1' }, shape);
    const zoomed = applyViewerAction(twelve, { type: 'zoom', leadIndex: 2 }, shape);
    expect(zoomed).toMatchObject({ layout: 'single', zoomLeadIndex: 2 });
    expect(applyViewerAction(zoomed, { type: 'unzoom' }, shape).layout).toBe('12x1');
    expect(applyViewerAction(start, { type: 'zoom' }, shape).zoomLeadIndex).toBe(1);
  });

  it('steps through the leads in display order, wrapping around', () => {
    const order: RecordShape = { leadOrder: [2, 0, 1], durationS: 10 };
    const first = applyViewerAction(start, { type: 'zoom-step', step: 1 }, order);
    expect(first.zoomLeadIndex).toBe(2);
    const second = applyViewerAction(first, { type: 'zoom-step', step: 1 }, order);
    expect(second.zoomLeadIndex).toBe(0);
    const back = applyViewerAction(first, { type: 'zoom-step', step: -1 }, order);
    expect(back.zoomLeadIndex).toBe(1);
    expect(applyViewerAction(start, { type: 'zoom-step', step: -1 }, order).zoomLeadIndex).toBe(1);
  });

  it('pages a long record 10 s at a time within its length', () => {
    const long: RecordShape = { leadOrder: [0], durationS: 25 };
    const p1 = applyViewerAction(start, { type: 'page', step: 1 }, long);
    const p2 = applyViewerAction(p1, { type: 'page', step: 1 }, long);
    expect([p1.pageStartS, p2.pageStartS]).toEqual([10, 20]);
    expect(applyViewerAction(p2, { type: 'page', step: 1 }, long)).toBe(p2);
    expect(applyViewerAction(start, { type: 'page', step: -1 }, long)).toBe(start);
    expect(applyViewerAction(start, { type: 'page', step: 1 }, shape)).toBe(start);
    const cart: RecordShape = { leadOrder: [0], durationS: 10.002 };
    expect(applyViewerAction(start, { type: 'page', step: 1 }, cart)).toBe(start);
    expect(applyViewerAction(start, { type: 'page', step: Infinity }, long).pageStartS).toBe(20);
    expect(applyViewerAction(p2, { type: 'page', step: -Infinity }, long).pageStartS).toBe(0);
  });
});
