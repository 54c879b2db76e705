/**
 * Output of `gesang-ecg analyze`: the JSON serialisation (typed arrays become plain arrays) and
 * the readable summary.
 */
import type { Interpretation } from '@gesang/ecg-signal';

/**
 * `JSON.stringify` with typed arrays (`Float32Array`, `Int32Array`, ...) written as plain arrays
 * instead of index-keyed objects; non-finite numbers become `null`, as JSON has no NaN.
 * @param value - any JSON-compatible value, typed arrays anywhere inside
 * @param indent - spaces of indentation (0 for one line)
 * @returns the JSON text
 * @example
 * toPlainJson({ a: Int32Array.of(1, 2) }, 0); // '{"a":[1,2]}'
 */
export function toPlainJson(value: unknown, indent = 2): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) =>
      ArrayBuffer.isView(v) && !(v instanceof DataView)
        ? Array.from(v as unknown as ArrayLike<number>, (x) => (Number.isFinite(x) ? x : null))
        : v,
    indent,
  );
}

/**
 * The readable summary of an interpretation.
 * @param file - the path as the user gave it
 * @param r - from `interpretEcg`
 * @param lang - language of the statement texts
 * @returns lines ending in `\n`
 * @example
 * io.stdout(formatInterpretation('ludb/1.hea', interpretEcg(record), 'en'));
 */
export function formatInterpretation(
  file: string,
  r: Interpretation,
  lang: 'en' | 'zh' | 'bo',
): string {
  const m = r.measurements;
  const count = (type: string): number => r.beats.filter((b) => b.type === type).length;
  const ms = (v: number | null | undefined): string => (v == null ? '-' : `${Math.round(v)} ms`);
  const deg = (v: number | null | undefined): string => (v == null ? '-' : `${Math.round(v)}°`);
  const bad = r.quality.leads.filter((l) => l.status !== 'good');
  const decisive = new Set(r.triage.reasons.map((reason) => reason.code));
  const rate = r.rhythm?.ventricularRateBpm ?? m?.heartRateBpm ?? null;
  return [
    `File:        ${file}`,
    `Record:      ${r.record.leads.length} leads (${r.record.leads.join(' ')}) at ${r.record.sampleRateHz} Hz, ${r.record.durationS.toFixed(1)} s`,
    `Quality:     ${r.quality.overall}${bad.length > 0 ? ` (${bad.map((l) => `${l.name} ${l.status}: ${l.reasons.map((x) => x.issue).join('/') || '-'}`).join('; ')})` : ''}`,
    `Beats:       ${r.beats.length} (N ${count('N')}, S ${count('S')}, V ${count('V')}, F ${count('F')}, Q ${count('Q')})`,
    `Rhythm:      ${r.rhythm?.rhythm ?? '-'}, ventricular rate ${rate === null ? '-' : `${Math.round(rate)}/min`}`,
    `Intervals:   PR ${ms(m?.prIntervalMs)}, QRS ${ms(m?.qrsDurationMs)}, QT ${ms(m?.qtIntervalMs)}, QTc ${ms(m?.qtcBazettMs)} (Bazett) ${ms(m?.qtcFridericiaMs)} (Fridericia)`,
    `Axes:        P ${deg(m?.pAxisDeg)}, QRS ${deg(m?.qrsAxisDeg)}, T ${deg(m?.tAxisDeg)}`,
    'Statements:',
    ...(r.statements.length === 0
      ? ['  -']
      : r.statements.map(
          (s) =>
            `  ${decisive.has(s.code) ? '*' : ' '} ${s.text[lang]} [${s.code}${s.snomedCt ? `, SNOMED CT ${s.snomedCt}` : ''}]${s.evidence.leads?.length ? ` leads ${s.evidence.leads.join(' ')}` : ''}`,
        )),
    `Triage:      ${r.triage.level.toUpperCase()}${r.triage.reasons.length > 0 ? ` (* ${r.triage.reasons.map((x) => x.text[lang]).join('; ')})` : ''}`,
    '',
  ].join('\n');
}
