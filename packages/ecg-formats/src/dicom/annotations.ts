/**
 * The cart's findings in the Waveform Annotation Sequence (0040,B020) (PS3.3 §C.10.10):
 * free-text statements (Unformatted Text Value), coded statements (Concept Name + Concept Code),
 * and measurements (Concept Name + Numeric Value + Measurement Units). Items that only mark sample
 * positions (fiducial points) are not findings and are skipped.
 */
import { EcgFormatError } from '../errors.js';
import type { CartMeasurement, CartStatement } from '../record.js';
import { dicomCode } from './channel-definition.js';
import { dicomItems, dicomNumber, dicomNumbers, dicomString } from './dataset.js';
import type { DicomDataset, DicomTextDecoder } from './dataset.js';
import { TAG } from './tags.js';

/** Statements and measurements found. */
export interface DicomFindings {
  measurements: CartMeasurement[];
  statements: CartStatement[];
}

/**
 * Reads the Waveform Annotation Sequence.
 * @param dataset - the file's data set
 * @param leadNames - lead names per multiplex group (index = item number − 1), to name the lead
 *   a measurement's Referenced Waveform Channels point at
 * @param decode - text decoder of the data set's character set
 * @param warnings - receives items that could not be read (they are skipped)
 * @returns measurements (code = Code Meaning, or Code Value without one; unit = UCUM code) and
 *   statements, in file order
 * @example readDicomFindings(ds, [['I', 'II']], decode, []).statements[0]?.text // 'RITMO SINUSALE'
 */
export function readDicomFindings(
  dataset: DicomDataset,
  leadNames: readonly (readonly string[])[],
  decode: DicomTextDecoder,
  warnings: string[],
): DicomFindings {
  const findings: DicomFindings = { measurements: [], statements: [] };
  dicomItems(dataset, TAG.WaveformAnnotationSequence).forEach((item, index) => {
    try {
      readItem(item, leadNames, decode, findings);
    } catch (error) {
      if (!(error instanceof EcgFormatError)) {
        throw error;
      }
      warnings.push(`Waveform Annotation item ${index + 1} skipped: ${error.message}`);
    }
  });
  return findings;
}

function readItem(
  item: DicomDataset,
  leadNames: readonly (readonly string[])[],
  decode: DicomTextDecoder,
  findings: DicomFindings,
): void {
  const text = dicomString(item, TAG.UnformattedTextValue, decode);
  if (text !== undefined) {
    findings.statements.push({ text });
    return;
  }
  const concept = dicomCode(item, TAG.ConceptNameCodeSequence, decode);
  const value = dicomNumber(item, TAG.NumericValue);
  if (value !== undefined && (concept.meaning ?? concept.value) !== undefined) {
    const unit = dicomCode(item, TAG.MeasurementUnitsCodeSequence, decode).value ?? '';
    const lead = referencedLead(item, leadNames);
    findings.measurements.push({
      code: concept.meaning ?? concept.value ?? '',
      value,
      unit,
      ...(lead === undefined ? {} : { lead }),
    });
    return;
  }
  const coded = dicomCode(item, TAG.ConceptCodeSequence, decode);
  const statement = coded.meaning ?? coded.value;
  if (statement !== undefined) {
    findings.statements.push({
      text: statement,
      ...(coded.value === undefined ? {} : { code: coded.value }),
      ...(coded.scheme === undefined ? {} : { codingSystem: coded.scheme }),
    });
  }
}

/**
 * The lead of a single referenced channel: Referenced Waveform Channels (0040,A0B0) holds pairs
 * (multiplex group number, channel number), both 1-based; channel 0 means every channel.
 */
function referencedLead(
  item: DicomDataset,
  leadNames: readonly (readonly string[])[],
): string | undefined {
  const pairs = dicomNumbers(item, TAG.ReferencedWaveformChannels);
  if (pairs.length !== 2) {
    return undefined;
  }
  const [group = 0, channel = 0] = pairs;
  return channel === 0 ? undefined : leadNames[group - 1]?.[channel - 1];
}
