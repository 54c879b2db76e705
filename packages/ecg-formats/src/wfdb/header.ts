/**
 * WFDB header (`.hea`) parser, after header(5) of the WFDB Software Package (G. B. Moody,
 * PhysioNet, https://physionet.org/physiotools/wag/header-5.htm). Record line:
 * `name[/segments] signals [frequency[/counter[(base)]] [samples [base-time [base-date]]]]`, then one
 * signal line per signal; `#` lines are comments anywhere. Departures: the PhysioNet/CinC Challenge
 * headers write the date before the time as `04-Jun-2020 15:11:55`; both orders are accepted.
 */
import { EcgFormatError } from '../errors.js';
import type { EcgAcquisitionTime } from '../record.js';
import { patientFromWfdbComments } from './header-comments.js';
import type { WfdbHeader } from './header-types.js';
import { parseWfdbSignalLine } from './signal-line.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = /^(?:(\d{1,2}):)?(?:(\d{1,2}):)?(\d{1,2}(?:\.\d+)?)$/;
const DATE_WFDB = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_CHALLENGE = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/;
const FREQUENCY = /^(\d+(?:\.\d*)?|\.\d+)(?:\/[\d.]+(?:\([-\d.]+\))?)?$/;

/**
 * Parses the text of a single-segment WFDB header into its record line, signal lines, comments and
 * the patient fields found in the comments.
 * @param text - the whole `.hea` file as text (ASCII; any line endings)
 * @returns the header with header(5)'s defaults applied (250 Hz when no frequency is given)
 * @throws EcgFormatError `unsupported` for a multi-segment header (`name/segments`), `bad-header`
 *   naming the line and field for anything malformed or missing
 * @example
 * const header = parseWfdbHeader('100 2 360 650000\n100.dat 212 200 11 1024 995 -22131 0 MLII\n...');
 * header.sampleRateHz; // 360
 */
export function parseWfdbHeader(text: string): WfdbHeader {
  const comments: string[] = [];
  const lines: { text: string; number: number }[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('#')) {
      const comment = line.slice(1).trim();
      if (comment !== '') {
        comments.push(comment);
      }
    } else if (line !== '') {
      lines.push({ text: line, number: index + 1 });
    }
  });
  const recordLine = lines[0];
  if (recordLine === undefined) {
    throw new EcgFormatError('bad-header', 'WFDB header has no record line', {
      field: 'record line',
    });
  }
  const tokens = recordLine.text.split(/\s+/);
  const bad = (field: string, value: string | undefined): EcgFormatError =>
    new EcgFormatError(
      'bad-header',
      `WFDB header line ${recordLine.number}: ${field} '${value ?? ''}' is not valid`,
      { field },
    );
  const [name = '', signalsToken, frequencyToken, samplesToken, ...timeTokens] = tokens;
  if (name.includes('/')) {
    throw new EcgFormatError(
      'unsupported',
      `WFDB record '${name}' is a multi-segment record (name/segments); only single-segment records are read`,
      { field: 'record name' },
    );
  }
  if (signalsToken === undefined || !/^\d+$/.test(signalsToken)) {
    throw bad('number of signals', signalsToken);
  }
  const signalCount = Number(signalsToken);
  const frequency = frequencyToken === undefined ? undefined : FREQUENCY.exec(frequencyToken);
  const sampleRateHz = frequency === undefined ? 250 : Number(frequency?.[1] ?? NaN);
  if (!(sampleRateHz > 0)) {
    throw bad('sampling frequency', frequencyToken);
  }
  if (samplesToken !== undefined && !/^\d+$/.test(samplesToken)) {
    throw bad('number of samples', samplesToken);
  }
  const signalLines = lines.slice(1, 1 + signalCount);
  if (signalLines.length < signalCount) {
    throw new EcgFormatError(
      'bad-header',
      `WFDB header declares ${signalCount} signals but has ${signalLines.length} signal lines`,
      { field: 'signal lines' },
    );
  }
  const warnings: string[] = [];
  if (lines.length > 1 + signalCount) {
    warnings.push(
      `WFDB header: ${lines.length - 1 - signalCount} extra line(s) after the signal lines ignored`,
    );
  }
  const acquisitionTime = parseBaseTime(timeTokens, warnings);
  const sampleCount = Number(samplesToken ?? 0);
  return {
    recordName: name,
    sampleRateHz,
    ...(sampleCount > 0 ? { sampleCount } : {}),
    ...(acquisitionTime ? { acquisitionTime } : {}),
    signals: signalLines.map((line, i) => parseWfdbSignalLine(line.text, line.number, i)),
    comments,
    patient: patientFromWfdbComments(comments),
    warnings,
  };
}

/** Base time `hh:mm:ss[.sss]` and date `DD/MM/YYYY` (or `DD-Mon-YYYY`), in either order. */
function parseBaseTime(tokens: string[], warnings: string[]): EcgAcquisitionTime | undefined {
  const result: EcgAcquisitionTime = {};
  for (const token of tokens) {
    const time = TIME.exec(token);
    const wfdbDate = DATE_WFDB.exec(token);
    const challengeDate = DATE_CHALLENGE.exec(token);
    const month = challengeDate ? MONTHS.indexOf(challengeDate[2]?.toLowerCase() ?? '') + 1 : 0;
    if (time && result.time === undefined) {
      const [h = '0', m = '0', s = '0'] =
        time[2] === undefined ? ['0', time[1], time[3]] : time.slice(1);
      result.time = `${pad(h)}:${pad(m)}:${pad(s)}`;
    } else if (wfdbDate && result.date === undefined) {
      result.date = `${wfdbDate[3]}-${pad(wfdbDate[2])}-${pad(wfdbDate[1])}`;
    } else if (challengeDate && month > 0 && result.date === undefined) {
      result.date = `${challengeDate[3]}-${pad(String(month))}-${pad(challengeDate[1])}`;
    } else {
      warnings.push(`WFDB header: base time/date '${token}' not understood; ignored`);
    }
  }
  return result.time === undefined && result.date === undefined ? undefined : result;
}

/** Zero-pads the integer part to two digits: `7` → `07`, `5.25` → `05.25`. */
function pad(value: string | undefined = '0'): string {
  return /^\d(\.|$)/.test(value) ? `0${value}` : value;
}
