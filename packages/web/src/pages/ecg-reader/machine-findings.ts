/**
 * The machine's pre-read as the study page shows it: global measurements rounded as a reader
 * reads them, and each statement's evidence in a line.
 */
import type { AnalysisSummary } from '@gesang/domain';
import type { TFunction } from 'i18next';

/** One measurement row. */
export interface MeasurementRow {
  key: string;
  label: string;
  value: string;
}

const ms = (v: number | null): string => (v === null ? '—' : `${Math.round(v)} ms`);
const deg = (v: number | null): string => (v === null ? '—' : `${Math.round(v)}°`);

/**
 * The machine's global measurements (of the median beat).
 * @param m the measurements, or null when no beat was found (no rows).
 * @param t the translation function (labels under `ecgPreview.measurements`).
 */
export function measurementRows(
  m: AnalysisSummary['measurements'],
  t: TFunction,
): MeasurementRow[] {
  if (m === null) {
    return [];
  }
  return [
    {
      key: 'heartRate',
      label: t('ecgPreview.measurements.heartRate'),
      value: m.heartRateBpm === null ? '—' : `${Math.round(m.heartRateBpm)} /min`,
    },
    { key: 'pr', label: t('ecgPreview.measurements.pr'), value: ms(m.prIntervalMs) },
    { key: 'qrs', label: t('ecgPreview.measurements.qrs'), value: ms(m.qrsDurationMs) },
    { key: 'qt', label: t('ecgPreview.measurements.qt'), value: ms(m.qtIntervalMs) },
    { key: 'qtcBazett', label: t('ecgPreview.measurements.qtcBazett'), value: ms(m.qtcBazettMs) },
    {
      key: 'qtcFridericia',
      label: t('ecgPreview.measurements.qtcFridericia'),
      value: ms(m.qtcFridericiaMs),
    },
    { key: 'rr', label: t('ecgPreview.measurements.rr'), value: ms(m.rrMeanMs) },
    { key: 'pDuration', label: t('ecgPreview.measurements.pDuration'), value: ms(m.pDurationMs) },
    {
      key: 'axes',
      label: t('ecgPreview.measurements.axes'),
      value: `${deg(m.pAxisDeg)} / ${deg(m.qrsAxisDeg)} / ${deg(m.tAxisDeg)}`,
    },
  ];
}

/**
 * A statement's evidence in words a reader scans: the leads, then the measured values with the
 * thresholds they crossed.
 * @param evidence the engine's evidence (leads, values, thresholds, note).
 * @example evidenceLine({ leads: ['V2', 'V3'], values: { stJUv: 250 } }) // 'V2, V3 · stJUv 250'
 */
export function evidenceLine(evidence: Record<string, unknown>): string {
  const parts: string[] = [];
  const { leads, values, thresholds, note } = evidence;
  if (Array.isArray(leads) && leads.length > 0) {
    parts.push(leads.map(String).join(', '));
  }
  const pairs = (record: unknown, prefix: string): void => {
    if (typeof record === 'object' && record !== null) {
      for (const [name, value] of Object.entries(record)) {
        if (typeof value === 'number') {
          parts.push(`${prefix}${name} ${Number.isInteger(value) ? value : value.toFixed(2)}`);
        } else if (typeof value === 'string' && value !== '') {
          parts.push(`${prefix}${name} ${value}`);
        }
      }
    }
  };
  pairs(values, '');
  pairs(thresholds, '≥ ');
  if (typeof note === 'string' && note !== '') {
    parts.push(note);
  }
  return parts.join(' · ');
}
