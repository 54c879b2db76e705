import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { drawTraces } from './draw-traces.js';
import { drawEcgPaper, mm } from './ecg-paper.js';
import { registerFonts } from './pdf-text.js';
import type { PrintableLeads } from './printable-leads.js';
import { loadReportFonts } from './report-fonts.js';

/** The page's content stream, uncompressed, as PDF operators (x y m = move, x y l = line). */
async function contentOf(draw: (doc: PDFKit.PDFDocument) => void): Promise<string> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0, compress: false });
  const config = loadConfig({});
  registerFonts(doc, await loadReportFonts(config.reportFonts), config.reportFonts);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  draw(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks).toString('latin1');
}

/** Every `x y m` / `x y l` operator, in order. */
function pathPoints(content: string): { op: 'm' | 'l'; x: number; y: number }[] {
  return [...content.matchAll(/(-?[\d.]+) (-?[\d.]+) ([ml])\n/g)].map((m) => ({
    op: m[3] as 'm' | 'l',
    x: Number(m[1]),
    y: Number(m[2]),
  }));
}

// PDF user space is 1/72 in; 1 mm = 72 / 25.4 = 2.834646 pt (ISO 32000-1 §8.3.2.3).
const ptPerMm = 72 / 25.4;

describe('ECG paper at true size', () => {
  it('draws a line every millimetre (2.8346 pt) across the whole grid', async () => {
    const grid = { xMm: 16, yMm: 72, widthMm: 265, heightMm: 115 };
    const points = pathPoints(await contentOf((doc) => drawEcgPaper(doc, grid)));
    const verticals = new Set<number>();
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      if (a?.op === 'm' && b?.op === 'l' && a.x === b.x) {
        verticals.add(a.x);
      }
    }
    const xs = [...verticals].sort((p, q) => p - q);
    expect(xs.length).toBe(266);
    expect(xs[0]).toBeCloseTo(16 * ptPerMm, 3);
    for (let k = 1; k < xs.length; k++) {
      expect((xs[k] ?? 0) - (xs[k - 1] ?? 0)).toBeCloseTo(ptPerMm, 3);
    }
  });

  it('draws 1 mV as 10 mm and 1 s as 25 mm, after a 10 mm × 5 mm calibration pulse', async () => {
    const grid = { xMm: 16, yMm: 72, widthMm: 265, heightMm: 115 };
    const oneMv = new Float32Array(5000).fill(1000);
    const signal: PrintableLeads = {
      sampleRateHz: 500,
      durationS: 10,
      leads: { I: oneMv },
      rhythm: null,
      derived: [],
      filter: null,
      layout: '12-lead',
      strips: [],
    };
    const points = pathPoints(await contentOf((doc) => drawTraces(doc, signal, grid)));
    // Row 0's baseline is 60 % down its 28.75 mm row.
    const baseline = (72 + 0.6 * 28.75) * ptPerMm;
    const pulse = points.slice(0, 6);
    expect(pulse[1]?.y).toBeCloseTo(baseline, 3);
    expect((pulse[1]?.y ?? 0) - (pulse[2]?.y ?? 0)).toBeCloseTo(10 * ptPerMm, 3);
    expect((pulse[3]?.x ?? 0) - (pulse[2]?.x ?? 0)).toBeCloseTo(5 * ptPerMm, 3);
    // Lead I's trace: 1000 µV sits 10 mm above the baseline; sample 500 (1 s) is 25 mm on.
    const trace = points.filter(
      (p) => Math.abs(p.y - (baseline - 10 * ptPerMm)) < 1e-3 && p.x > (16 + 9) * ptPerMm,
    );
    const start = trace[0]?.x ?? NaN;
    expect(start).toBeCloseTo((16 + 10) * ptPerMm, 3);
    expect(trace.some((p) => Math.abs(p.x - start - 25 * ptPerMm) < 1e-3)).toBe(true);
    // The 2.5 s column ends 62.5 mm on (samples 0–1250 inclusive).
    expect(Math.max(...trace.map((p) => p.x)) - start).toBeCloseTo(62.5 * ptPerMm, 3);
    expect(mm(1)).toBeCloseTo(2.8346, 4);
  });
});
