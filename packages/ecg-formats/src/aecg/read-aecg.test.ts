import { describe, expect, it } from 'vitest';
import { EcgFormatError } from '../errors.js';
import { encodeUtf8 } from '../xml/xml-write.js';
import { aecgReader, readAecg } from './read-aecg.js';

const TIME = `<component><sequence><code code="TIME_RELATIVE"/><value xsi:type="GLIST_PQ">
  <head value="0" unit="s"/><increment value="4" unit="ms"/></value></sequence></component>`;

function lead(code: string, digits: string, origin = '0 uV', scale = '2.5 uV'): string {
  const [originValue, originUnit] = origin.split(' ');
  const [scaleValue, scaleUnit] = scale.split(' ');
  return `<component><sequence><code code="${code}"/><value xsi:type="SLIST_PQ">
    <origin value="${originValue}" unit="${originUnit}"/><scale value="${scaleValue}" unit="${scaleUnit}"/>
    <digits>${digits}</digits></value></sequence></component>`;
}

function aecg(sets: string, extra = '', prefix = ''): Uint8Array {
  const p = prefix === '' ? '' : `${prefix}:`;
  const ns = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  const body = `<AnnotatedECG ${ns}="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <component><series><code code="RHYTHM"/>${sets}${extra}</series></component></AnnotatedECG>`;
  return encodeUtf8(body.replace(/<(\/?)(?!\?)/g, `<$1${p}`));
}

const set = (...sequences: string[]): string =>
  `<component><sequenceSet>${sequences.join('')}</sequenceSet></component>`;

function refusal(bytes: Uint8Array, lenient = true): EcgFormatError {
  try {
    readAecg(bytes, { lenient });
  } catch (error) {
    if (error instanceof EcgFormatError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected an EcgFormatError');
}

describe('readAecg', () => {
  it('converts origin and scale from their own units and the increment from ms', () => {
    const record = readAecg(
      aecg(set(TIME, lead('MDC_ECG_LEAD_aVR', '1 -2 +3', '0.01 mV', '500 nV'))),
    );
    expect(record.sampleRateHz).toBe(250);
    expect(record.leads).toEqual([
      {
        name: 'aVR',
        sourceName: 'MDC_ECG_LEAD_aVR',
        samplesUv: new Float32Array([10.5, 9, 11.5]),
      },
    ]);
  });

  it('reads documents whose elements carry a namespace prefix', () => {
    const bytes = aecg(set(TIME, lead('MDC_ECG_LEAD_I', '4')), '', 'hl7');
    expect(aecgReader.sniff(bytes)).toBe(true);
    expect(readAecg(bytes).leads[0]?.samplesUv).toEqual(new Float32Array([10]));
  });

  it('accepts decimal digits that some writers emit', () => {
    const record = readAecg(aecg(set(TIME, lead('MDC_ECG_LEAD_I', '1.5 -2e1'))));
    expect(record.leads[0]?.samplesUv).toEqual(new Float32Array([3.75, -50]));
  });

  it('pads unequal leads with NaN when lenient and refuses them when strict', () => {
    const bytes = aecg(set(TIME, lead('MDC_ECG_LEAD_I', '1 2 3'), lead('MDC_ECG_LEAD_II', '1')));
    const record = readAecg(bytes);
    expect(record.leads[1]?.samplesUv).toEqual(new Float32Array([2.5, NaN, NaN]));
    expect(record.warnings[0]).toMatch(/II \(1\).*padded with NaN/);
    expect(refusal(bytes, false).code).toBe('bad-data');
  });

  it('refuses to pad many empty leads up to one long lead (allocation bound)', () => {
    const empties = Array.from({ length: 40 }, (_, i) => lead(`E${i}`, ''));
    const bytes = aecg(set(TIME, lead('MDC_ECG_LEAD_I', '1 '.repeat(50_000)), ...empties));
    expect(refusal(bytes).code).toBe('too-large');
  });

  it('reads the first of several sequence sets, with a warning', () => {
    const bytes = aecg(
      set(TIME, lead('MDC_ECG_LEAD_I', '1')) + set(TIME, lead('MDC_ECG_LEAD_V1', '2')),
    );
    const record = readAecg(bytes);
    expect(record.leads.map((l) => l.name)).toEqual(['I']);
    expect(record.warnings).toContain(
      '/AnnotatedECG/component/series has 2 sequence sets; only the first was read',
    );
  });

  it('skips an unknown sequence type when lenient, refuses it when strict', () => {
    const odd =
      '<component><sequence><code code="X"/><value xsi:type="SLIST_INT"/></sequence></component>';
    const bytes = aecg(set(TIME, lead('MDC_ECG_LEAD_I', '1'), odd));
    expect(readAecg(bytes).leads).toHaveLength(1);
    expect(refusal(bytes, false).code).toBe('unsupported');
  });

  it('names the XML path of a bad digit', () => {
    const error = refusal(aecg(set(TIME, lead('MDC_ECG_LEAD_I', '1 2 0x10'))));
    expect(error.code).toBe('bad-data');
    expect(error.field).toBe(
      '/AnnotatedECG/component/series/component/sequenceSet/component[2]/sequence/value/digits',
    );
    expect(error.message).toContain('digit 2 is "0x10"');
  });

  it.each([
    ['no time sequence', aecg(set(lead('MDC_ECG_LEAD_I', '1'))), 'bad-header'],
    [
      'a zero increment',
      aecg(set(TIME.replace('"4"', '"0"'), lead('MDC_ECG_LEAD_I', '1'))),
      'bad-header',
    ],
    [
      'a scale in mmHg',
      aecg(set(TIME, lead('MDC_ECG_LEAD_I', '1', '0 uV', '1 mm[Hg]'))),
      'bad-header',
    ],
    ['no lead', aecg(set(TIME)), 'bad-data'],
    ['no series', encodeUtf8('<AnnotatedECG xmlns="urn:hl7-org:v3"/>'), 'bad-data'],
    ['another root', encodeUtf8('<restingecgdata/>'), 'not-ecg'],
  ])('refuses a document with %s', (_, bytes, code) => {
    expect(refusal(bytes).code).toBe(code);
  });

  it('takes statements from text, coded and nested interpretation annotations, not beats', () => {
    const annotations = `<subjectOf><annotationSet>
      <component><annotation><code code="MDC_ECG_INTERPRETATION"/>
        <component><annotation><code code="MDC_ECG_INTERPRETATION_STATEMENT"/>
          <value xsi:type="ST">Left axis deviation</value></annotation></component>
      </annotation></component>
      <component><annotation><code code="MDC_ECG_HEART_RATE"/><value xsi:type="PQ" value="61" unit="/min"/></annotation></component>
      <component><annotation><code code="MDC_ECG_AMPL_ST"/><value xsi:type="PQ" value="-50" unit="uV"/>
        <support><supportingROI><component><boundary><code code="MDC_ECG_LEAD_V2"/></boundary></component></supportingROI></support>
      </annotation></component>
      <component><annotation><code code="MDC_ECG_BEAT"/><value xsi:type="CE" code="MDC_ECG_BEAT_NORMAL"/>
        <component><annotation><code code="MDC_ECG_TIME_PD_QRS"/><value xsi:type="PQ" value="999" unit="ms"/></annotation></component>
      </annotation></component>
    </annotationSet></subjectOf>`;
    const record = readAecg(aecg(set(TIME, lead('MDC_ECG_LEAD_I', '1')), annotations));
    expect(record.cartStatements).toEqual([{ text: 'Left axis deviation' }]);
    expect(record.cartMeasurements).toEqual([
      { code: 'MDC_ECG_HEART_RATE', value: 61, unit: '/min' },
      { code: 'MDC_ECG_AMPL_ST', value: -50, unit: 'uV', lead: 'V2' },
    ]);
  });
});
