/**
 * The shared single-file format samples (`../shared/data/ecg-formats`, WFDB records excluded: they
 * are header + companion files) grouped by the reader that detects them by content.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { detectEcgFormat, type EcgFileReader } from '@gesang/ecg-formats';
import { findFiles, sharedDataPath } from './shared-data.js';

/** One sample file, its bytes and the reader that claims it. */
export interface FormatSample {
  /** Path below `../shared/data/ecg-formats`. */
  name: string;
  bytes: Uint8Array;
  reader: EcgFileReader | undefined;
}

/**
 * Every single-file sample with the reader `detectEcgFormat` picks for it (undefined when none).
 * @example formatSamples().filter((s) => s.reader?.name === 'DICOM').length // 2
 */
export function formatSamples(): FormatSample[] {
  const root = sharedDataPath('ecg-formats');
  return findFiles(root, '')
    .filter((path) => statSync(path).isFile() && !/\/wfdb\/|README\.md$/.test(path))
    .map((path) => {
      const bytes = new Uint8Array(readFileSync(path));
      return { name: relative(root, path), bytes, reader: detectEcgFormat(bytes) };
    });
}

/**
 * The samples grouped by reader name, readers in detection order.
 * @example samplesByReader().get('SCP-ECG')?.samples.length // 5
 */
export function samplesByReader(): Map<string, { reader: EcgFileReader; samples: FormatSample[] }> {
  const groups = new Map<string, { reader: EcgFileReader; samples: FormatSample[] }>();
  for (const sample of formatSamples()) {
    if (sample.reader === undefined) {
      continue;
    }
    const group = groups.get(sample.reader.name) ?? { reader: sample.reader, samples: [] };
    group.samples.push(sample);
    groups.set(sample.reader.name, group);
  }
  return groups;
}
