/**
 * One signal line of a WFDB header, as header(5) of the WFDB Software Package (G. B. Moody,
 * PhysioNet) defines it:
 * `file format[xspf][:skew][+offset] [gain[(baseline)][/units] [res [zero [init [cksum [block
 * [description]]]]]]]`. Every field after the format is optional, but only from the right.
 */
import { EcgFormatError } from '../errors.js';
import type { WfdbSignalSpec } from './header-types.js';

/** `212`, `16x1+24`, `16:2`, `16x1:2+512`. */
const FORMAT = /^(\d+)(?:x(\d+))?(?::(\d+))?(?:\+(\d+))?$/;
/** `200`, `1000.0(0)/mV`, `1716(6)/mV`, `2000/uV`, `1e3/mV`. */
const GAIN = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?:\(([+-]?\d+)\))?(?:\/(\S+))?$/;
const INTEGER = /^[+-]?\d+$/;
/** WFDB's default gain (adu per physical unit) when none or 0 is given. */
const DEFAULT_GAIN = 200;
/** ADC resolution in bits assumed when the header gives none: the format's sample width. */
const DEFAULT_RESOLUTION: Readonly<Record<number, number>> = {
  8: 8,
  80: 8,
  212: 12,
  310: 10,
  311: 10,
};

/**
 * Parses one WFDB signal line, applying header(5)'s defaults for the fields left out.
 * @param line - the line's text, without its line break
 * @param lineNumber - 1-based line number in the header, for error messages
 * @param signalIndex - 0-based index of the signal, for error messages
 * @returns the signal's specification
 * @throws EcgFormatError `bad-header` naming the field when a field is malformed
 * @example
 * parseWfdbSignalLine('100.dat 212 200 11 1024 995 -22131 0 MLII', 2, 0).adcZero; // 1024
 */
export function parseWfdbSignalLine(
  line: string,
  lineNumber: number,
  signalIndex: number,
): WfdbSignalSpec {
  const tokens = [...line.matchAll(/\S+/g)];
  const at = (i: number): string | undefined => tokens[i]?.[0];
  const fail = (field: string, value: string | undefined): never => {
    throw new EcgFormatError(
      'bad-header',
      `WFDB header line ${lineNumber} (signal ${signalIndex}): ${field} '${value ?? ''}' is not valid`,
      { field: `signal ${signalIndex} ${field}` },
    );
  };
  const integer = (i: number, field: string): number | undefined => {
    const token = at(i);
    if (token === undefined) {
      return undefined;
    }
    return INTEGER.test(token) ? Number(token) : fail(field, token);
  };

  const fileName = at(0) ?? fail('file name', undefined);
  const format = FORMAT.exec(at(1) ?? '') ?? fail('format', at(1));
  const formatNumber = Number(format[1]);
  const gainToken = at(2);
  const gain =
    gainToken === undefined ? undefined : (GAIN.exec(gainToken) ?? fail('gain', gainToken));
  const gainValue = gain === undefined ? 0 : Number(gain[1]);
  if (!Number.isFinite(gainValue) || gainValue < 0) {
    fail('gain', gainToken);
  }
  const resolution = integer(3, 'ADC resolution');
  const adcZero = integer(4, 'ADC zero') ?? 0;
  const baseline = gain?.[2] === undefined ? adcZero : Number(gain[2]);
  const checksum = integer(6, 'checksum');
  const descriptionStart = tokens[8]?.index;

  return {
    fileName,
    format: formatNumber,
    samplesPerFrame: format[2] === undefined ? 1 : Number(format[2]),
    skew: format[3] === undefined ? 0 : Number(format[3]),
    byteOffset: format[4] === undefined ? 0 : Number(format[4]),
    adcGain: gainValue === 0 ? DEFAULT_GAIN : gainValue,
    uncalibrated: gainValue === 0,
    baseline,
    units: gain?.[3] ?? 'mV',
    // header(5): a resolution of 0 (as some LUDB headers write) means "not given".
    adcResolution: resolution || (DEFAULT_RESOLUTION[formatNumber] ?? 16),
    adcZero,
    initialValue: integer(5, 'initial value') ?? adcZero,
    ...(checksum === undefined ? {} : { checksum }),
    blockSize: integer(7, 'block size') ?? 0,
    description: descriptionStart === undefined ? '' : line.slice(descriptionStart).trim(),
    line: lineNumber,
  };
}
