/**
 * Turns the analysis modules' evidence into statement evidence, and collects statements so that
 * each code appears once: a second finding with the same code (two pauses, Sokolow–Lyon and
 * Cornell LVH) adds its leads, values, thresholds, samples and notes to the first.
 */
import type { Evidence } from '../morphology/types.js';
import type { RhythmEvidence } from '../rhythm/types.js';
import { statementCodes, type StatementCode } from '../statements/catalogue.js';
import { makeStatement, type Statement, type StatementEvidence } from '../statements/statement.js';

/**
 * Statement evidence from measured-value evidence (`morphology/`, `stemi/`). Each item becomes a
 * value keyed `quantity leads (unit)`, e.g. `ST at J V2 (uV)`, rounded by {@link tidy}; its
 * threshold, when it has one, goes under the same key as `comparison value`, e.g. `>= 150`.
 * @param items - evidence items of one finding
 * @param leads - leads the finding is seen in (added to those of the items)
 * @returns leads, values and thresholds
 * @example
 * fromMeasuredEvidence([measured('QRS duration', [], 132, 'ms', { comparison: '>=', value: 120 })]);
 * // { leads: [], values: { 'QRS duration (ms)': 132 }, thresholds: { 'QRS duration (ms)': '>= 120' } }
 */
export function fromMeasuredEvidence(
  items: readonly Evidence[],
  leads: readonly string[] = [],
): StatementEvidence {
  const values: Record<string, number> = {};
  const thresholds: Record<string, string> = {};
  for (const item of items) {
    const where = item.leads.length > 0 ? ` ${item.leads.join('+')}` : '';
    const key = `${item.quantity}${where} (${item.unit})`;
    values[key] = tidy(item.value);
    if (item.threshold !== undefined) {
      thresholds[key] = `${item.threshold.comparison} ${item.threshold.value}`;
    }
  }
  return { leads: [...new Set([...leads, ...items.flatMap((i) => i.leads)])], values, thresholds };
}

/**
 * Statement evidence from rhythm evidence: values (rounded by {@link tidy}) and thresholds with
 * their keys as they are (units in the keys), beats turned into their sample indices at the
 * record's rate.
 * @param evidence - a rhythm finding's evidence
 * @param beatSamples - sample index of every classified beat
 * @returns values, thresholds and the samples involved
 * @example
 * fromRhythmEvidence({ beats: [3], values: { rrMs: 2400 }, thresholds: {} }, samples).samples;
 */
export function fromRhythmEvidence(
  evidence: RhythmEvidence,
  beatSamples: Int32Array,
): StatementEvidence {
  const samples = evidence.samples ?? evidence.beats?.map((b) => beatSamples[b] ?? -1) ?? [];
  const values = Object.fromEntries(Object.entries(evidence.values).map(([k, v]) => [k, tidy(v)]));
  return { values, thresholds: { ...evidence.thresholds }, samples };
}

/**
 * A measured value as reports show it: integers as they are, other numbers to three decimals
 * (well below any threshold's resolution; the full values stay in the modules' own results).
 * @param v - a measured value
 * @returns the rounded value
 * @example
 * tidy(260.64887); // 260.649
 */
export function tidy(v: number): number {
  return Number.isInteger(v) || !Number.isFinite(v) ? v : Math.round(v * 1000) / 1000;
}

/**
 * Statements keyed by code: adding a code twice merges the evidence instead of repeating it.
 * @example
 * const set = new StatementSet();
 * set.add('pause', { values: { rrMs: 2400 } });
 * set.add('pause', { values: { rrMs: 2600 } });
 * set.list()[0]?.evidence.values; // { rrMs: 2400, 'rrMs #2': 2600 }
 */
export class StatementSet {
  readonly #byCode = new Map<StatementCode, StatementEvidence>();

  /**
   * Adds a statement, or merges its evidence into the one already there.
   * @param code - catalogue code
   * @param evidence - what it rests on
   */
  add(code: StatementCode, evidence: StatementEvidence = {}): void {
    const old = this.#byCode.get(code);
    this.#byCode.set(code, old === undefined ? evidence : mergeEvidence(old, evidence));
  }

  /**
   * Whether a code is already present.
   * @param code - catalogue code
   * @returns true once {@link StatementSet.add} was called with it
   */
  has(code: StatementCode): boolean {
    return this.#byCode.has(code);
  }

  /**
   * The statements, in catalogue order.
   * @returns one statement per code added
   */
  list(): Statement[] {
    return statementCodes.flatMap((code) => {
      const evidence = this.#byCode.get(code);
      return evidence === undefined ? [] : [makeStatement(code, evidence)];
    });
  }
}

function mergeEvidence(a: StatementEvidence, b: StatementEvidence): StatementEvidence {
  const merged: StatementEvidence = { ...a };
  if (a.leads !== undefined || b.leads !== undefined) {
    merged.leads = [...new Set([...(a.leads ?? []), ...(b.leads ?? [])])];
  }
  if (a.values !== undefined || b.values !== undefined) {
    merged.values = mergeRecords(a.values ?? {}, b.values ?? {});
  }
  if (a.thresholds !== undefined || b.thresholds !== undefined) {
    merged.thresholds = mergeRecords(a.thresholds ?? {}, b.thresholds ?? {});
  }
  if (a.samples !== undefined || b.samples !== undefined) {
    merged.samples = [...(a.samples ?? []), ...(b.samples ?? [])];
  }
  const notes = [a.note, b.note].filter((n) => n !== undefined && n !== '');
  if (notes.length > 0) {
    merged.note = [...new Set(notes)].join(' ');
  }
  return merged;
}

/** Same key and value: kept once; same key, other value: the second gets ` #2`, ` #3`, .... */
function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const out = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (!(key in out) || out[key] === value) {
      out[key] = value;
      continue;
    }
    let n = 2;
    while (`${key} #${n}` in out) {
      n++;
    }
    out[`${key} #${n}`] = value;
  }
  return out;
}
