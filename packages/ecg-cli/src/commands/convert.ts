/**
 * `gesang-ecg convert IN --to dicom|aecg|fhir|wfdb OUT`: reads any ECG file the CLI reads (format
 * detected by content) and writes it in one of the formats Gesang exports: DICOM 12-Lead (or
 * General) ECG, HL7 aECG, a FHIR R4 Observation (JSON) with SampledData, or a WFDB record (OUT
 * names the header, `NAME.hea`; the signal file `NAME.dat` is written beside it). Samples keep
 * their µV values exactly where the target format can hold them; the writers' warnings (values
 * rescaled, fields the format has no place for) go to stderr.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  writeAecg,
  writeDicomEcg,
  writeFhirObservationJson,
  writeWfdbRecord,
  type EcgRecord,
} from '@gesang/ecg-formats';
import type { CliCommand } from '../command.js';
import { UsageError } from '../command.js';
import { loadEcgRecord } from '../disk/load-record.js';

const TARGETS = ['dicom', 'aecg', 'fhir', 'wfdb'] as const;
type Target = (typeof TARGETS)[number];

/** The files to write for `target`, with their contents, and the writer's warnings. */
function encode(
  record: EcgRecord,
  target: Target,
  out: string,
): { files: [string, Uint8Array | string][]; warnings: string[] } {
  const warnings: string[] = [];
  switch (target) {
    case 'dicom':
      return {
        files: [[out, writeDicomEcg(record, { onWarning: (w) => warnings.push(w) })]],
        warnings,
      };
    case 'aecg':
      return { files: [[out, writeAecg(record)]], warnings };
    case 'fhir':
      return { files: [[out, writeFhirObservationJson(record)]], warnings };
    case 'wfdb': {
      const name = basename(out).replace(/\.hea$/, '');
      const written = writeWfdbRecord(record, { name, format: 16 });
      const folder = dirname(out);
      return {
        files: [
          [join(folder, `${name}.hea`), written.header],
          ...Object.entries(written.files).map(([file, bytes]): [string, Uint8Array] => [
            join(folder, file),
            bytes,
          ]),
        ],
        warnings: written.warnings,
      };
    }
  }
}

/**
 * The `convert` subcommand.
 * @example
 * // gesang-ecg convert ../shared/data/ecg-formats/scp-ecg/ecgtoolkit_Example.scp --to dicom out.dcm
 */
export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'Convert an ECG file to DICOM, HL7 aECG, FHIR Observation or WFDB',
  usage: 'convert IN --to dicom|aecg|fhir|wfdb OUT',
  details: [
    '',
    'Options:',
    '  --to FORMAT  dicom (12-Lead/General ECG), aecg (HL7 aECG XML), fhir (R4 Observation JSON),',
    '               wfdb (OUT is NAME.hea; NAME.dat is written beside it, format 16)',
  ],
  options: { to: { type: 'string' } },
  run: async ({ positionals, values }, io) => {
    const [input, out, ...extra] = positionals;
    if (input === undefined || out === undefined || extra.length > 0) {
      throw new UsageError(`expected IN and OUT, got ${positionals.length} arguments`);
    }
    const target = values.to;
    if (typeof target !== 'string' || !(TARGETS as readonly string[]).includes(target)) {
      throw new UsageError(`--to must be one of ${TARGETS.join(', ')}, got ${String(target)}`);
    }
    const record = await loadEcgRecord(input);
    const { files, warnings } = encode(record, target as Target, out);
    for (const [path, content] of files) {
      writeFileSync(path, content);
    }
    for (const warning of [...record.warnings, ...warnings]) {
      io.stderr(`warning: ${warning}\n`);
    }
    io.stdout(`${files.map(([path]) => path).join('\n')}\n`);
    return 0;
  },
};
