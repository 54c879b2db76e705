/**
 * Golden entries of the shared HL7 aECG samples. Expected values were computed outside our code:
 * µV = origin + scale × digit over each `SLIST_PQ` of the file, with Debian's Python
 * (`/usr/bin/python3`, xml.etree.ElementTree), and for the HL7 example cross-checked with BioSig
 * (`save2gdf -f=ASCII hl7_Example_aECG.xml out.txt`, one value per line in out.a01 … out.a12).
 */
import type { GoldenFile, GoldenSample } from './golden-types.js';

/** The Python used for every expected value below (run in `shared/data/ecg-formats/hl7-aecg`). */
const PYTHON = [
  "/usr/bin/python3 -c \"import xml.etree.ElementTree as E; H='{urn:hl7-org:v3}'",
  "r=E.parse(FILE).getroot(); s=r.find(H+'component/'+H+'series')",
  "[print(q.find(H+'code').get('code'), [float(v.find(H+'origin').get('value'))+float(v.find(H+'scale').get('value'))*int(d) for d in v.find(H+'digits').text.split()][I])",
  "for q in s.findall(H+'component/'+H+'sequenceSet/'+H+'component/'+H+'sequence') for v in [q.find(H+'value')] if v.find(H+'digits') is not None]\"",
].join('; ');

const exact = (lead: string, index: number, valueUv: number): GoldenSample => ({
  lead,
  index,
  valueUv,
  toleranceUv: 0,
});

/** What each shared aECG file must read as. */
export const GOLDEN_AECG: GoldenFile[] = [
  {
    path: 'ecg-formats/hl7-aecg/hl7_Example_aECG.xml',
    format: 'HL7 aECG',
    leads: ['I', 'II', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'III', 'aVR', 'aVL', 'aVF'],
    sampleRateHz: 500,
    sampleCount: 5000,
    samples: [
      exact('I', 0, -5),
      exact('I', 100, 67.5),
      exact('I', 4999, -32.5),
      exact('II', 2500, -5),
      exact('V1', 1000, 62.5),
      exact('aVR', 4999, 25),
      exact('aVF', 100, -22.5),
    ],
    source:
      'RHYTHM series: 12 SLIST_PQ sequences, origin 0 uV, scale 2.5 uV, 5000 digits each; GLIST_TS ' +
      'increment 0.002 s (500 Hz). Values: ' +
      PYTHON.replace('FILE', "'hl7_Example_aECG.xml'") +
      ' (I = sample index); identical in BioSig save2gdf -f=ASCII (out.a01 lines 1, 101, 5000; ' +
      'out.a02 line 2501; out.a03 line 1001; out.a10 line 5000; out.a12 line 101). save2gdf -JSON ' +
      'also gives 12 channels, 5000 samples, 500 Hz, scaling 2.5 uV.',
  },
  {
    path: 'ecg-formats/hl7-aecg/minimum_aecg.xml',
    format: 'HL7 aECG',
    leads: ['II'],
    sampleRateHz: 500,
    sampleCount: 13,
    samples: [exact('II', 0, -5), exact('II', 5, -10), exact('II', 12, -22.5)],
    source:
      'One SLIST_PQ (MDC_ECG_LEAD_II, origin 0 uV, scale 2.5 uV, digits "-2 -2 -2 -2 -3 -4 -3 -5 -5 ' +
      '-4 -6 -9 -9"), GLIST_TS increment 0.002 s, read by hand and by ' +
      PYTHON.replace('FILE', "'minimum_aecg.xml'") +
      '. BioSig save2gdf refuses this file ("Dataformat not known").',
  },
];

/** The REPRESENTATIVE_BEAT derived series of the HL7 example (the record's `medianBeats`). */
export const GOLDEN_AECG_MEDIAN = {
  path: 'ecg-formats/hl7-aecg/hl7_Example_aECG.xml',
  leads: ['I', 'II', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'III', 'aVR', 'aVL', 'aVF'],
  sampleRateHz: 500,
  sampleCount: 599,
  samples: [
    exact('I', 0, 10),
    exact('II', 0, 130),
    exact('V1', 598, -47.5),
    exact('aVR', 150, -52.5),
    exact('aVF', 598, 40),
  ],
  source:
    'derivation/derivedSeries (REPRESENTATIVE_BEAT): GLIST_PQ increment 0.002 s, 12 SLIST_PQ of 599 ' +
    'digits, origin 0 uV, scale 2.5 uV; the Python above on derivedSeries instead of series.',
} as const;
