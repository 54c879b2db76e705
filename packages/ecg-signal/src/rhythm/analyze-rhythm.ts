/**
 * Rhythm and conduction analysis, the public entry point: P waves (`atrial-template.ts`,
 * `p-waves.ts`), then each rule in its module (sinus, AF, flutter, SVT, ventricular runs and VT,
 * pauses, AV blocks), then the dominant rhythm by precedence VT > AF > flutter > SVT > sinus.
 * Every finding carries its evidence (beats or samples, values, thresholds). Beats come typed
 * (`classifyBeats`); measurements (`measureEcg`) are optional and only lend their median-beat
 * P wave as the template.
 */
import { morphology } from '../prepared/lead-products.js';
import { prepareSignal, type PreparedSignal } from '../prepared/prepared-signal.js';
import type { ClassifiedBeats } from '../beats/types.js';
import type { Measurements } from '../measurements/types.js';
import type { EcgSignal } from '../record.js';
import { buildAtrialTemplate } from './atrial-template.js';
import { atrialFindings } from './atrial-findings.js';
import { firstDegreeAvBlock, secondDegreeAvBlock } from './av-block.js';
import { trackPWaves } from './p-waves.js';
import { thirdDegreeAvBlock } from './third-degree.js';
import type { RhythmAnalysis, RhythmFinding } from './types.js';
import { pauseFindings, runFindings, ventricularRuns } from './ventricular-runs.js';

/**
 * Analyses rhythm and conduction.
 * @param signal - the record, µV, 100–1000 Hz
 * @param beats - the record's beats with their classes (`classifyBeats`)
 * @param measurements - optional `measureEcg` result of the same record and beats
 * @returns the dominant rhythm, rates, findings with evidence, ectopic counts and the P waves
 * @example
 * const beats = classifyBeats(signal, detectQrs(signal).samples);
 * const { rhythm, findings } = analyzeRhythm(signal, beats);
 * rhythm; // 'sinus_rhythm'
 */
export function analyzeRhythm(
  signal: EcgSignal,
  beats: ClassifiedBeats,
  measurements?: Measurements,
): RhythmAnalysis {
  return analyzePreparedRhythm(prepareSignal(signal), beats, measurements);
}

/**
 * {@link analyzeRhythm} on a prepared record, whose filtered leads the other stages share.
 * @param prepared - the record (`prepareSignal`), restricted to the leads to use
 * @param beats - the record's beats with their classes
 * @param measurements - optional `measureEcg` result of the same record and beats
 * @returns the dominant rhythm, rates, findings with evidence, ectopic counts and the P waves
 * @example
 * analyzePreparedRhythm(prepareSignal(signal), beats).rhythm; // 'sinus_rhythm'
 */
export function analyzePreparedRhythm(
  prepared: PreparedSignal,
  beats: ClassifiedBeats,
  measurements?: Measurements,
): RhythmAnalysis {
  const { samples, types, sampleRateHz } = beats;
  const morph = morphology(prepared);
  const template = buildAtrialTemplate(
    morph.leadsUv,
    morph.sampleRateHz,
    morph.factor,
    beats,
    measurements,
    morph.memo,
  );
  const pWaves = trackPWaves(morph.leadsUv, morph.sampleRateHz, morph.factor, beats, template);
  const spanSamples = (samples[samples.length - 1] ?? 0) - (samples[0] ?? 0);
  const ventricularRateBpm =
    samples.length >= 2 && spanSamples > 0
      ? (60 * sampleRateHz * (samples.length - 1)) / spanSamples
      : null;

  const runs = ventricularRuns(types, samples, sampleRateHz);
  const findings: RhythmFinding[] = [
    ...runFindings(runs, samples),
    ...pauseFindings(samples, sampleRateHz),
  ];
  const third = thirdDegreeAvBlock(samples, sampleRateHz, pWaves);
  if (third) {
    findings.push(third);
  } else {
    const second = secondDegreeAvBlock(types, samples, sampleRateHz, pWaves);
    const prMs = types.flatMap((t, b) => (t === 'V' ? [] : [pWaves.prMs[b] ?? Number.NaN]));
    // With dropped beats the PR lengthens by design (Wenckebach): first degree only if even the
    // shortest PR is long.
    const first = firstDegreeAvBlock(
      second.length > 0 ? [prMs.reduce((m, v) => (v < m ? v : m), Number.POSITIVE_INFINITY)] : prMs,
    );
    findings.push(...second, ...(first ? [first] : []));
  }
  const atrial = atrialFindings({
    leadsUv: morph.leadsUv,
    rateHz: morph.sampleRateHz,
    factor: morph.factor,
    beats,
    pWaves,
    qrsOnsetOffsetMs: template?.qrsOnsetOffsetMs ?? -40,
    ventricularRateBpm,
    blocked: third !== null || findings.some((f) => f.code.startsWith('av_block_second')),
  });
  findings.push(...atrial.findings);
  const ectopic = (code: RhythmFinding['code'], type: 'V' | 'S'): void => {
    const list = types.flatMap((t, b) => (t === type ? [b] : []));
    if (list.length > 0) {
      findings.push({
        code,
        evidence: {
          beats: list,
          values: { count: list.length, beats: types.length },
          thresholds: {},
        },
      });
    }
  };
  ectopic('premature_ventricular_complexes', 'V');
  ectopic('premature_atrial_complexes', 'S');

  const vtBeats = runs.filter((r) => r.rateBpm > 100).reduce((s, r) => s + r.last - r.first + 1, 0);
  return {
    rhythm:
      types.length > 0 && vtBeats >= types.length / 2 ? 'ventricular_tachycardia' : atrial.rhythm,
    ventricularRateBpm,
    atrialRateBpm: atrial.atrialRateBpm,
    findings,
    counts: {
      pvc: types.filter((t) => t === 'V').length,
      pac: types.filter((t) => t === 'S').length,
      runs: runs.length,
    },
    pWaves,
  };
}
