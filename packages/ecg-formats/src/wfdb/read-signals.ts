/**
 * Raw samples of every signal of a WFDB record, per signal file: frames de-interleaved, format 8
 * differences summed from the initial value, skew applied. Layout after
 * signal(5) and header(5) of the WFDB Software Package (G. B. Moody, PhysioNet).
 */
import { EcgFormatError } from '../errors.js';
import type { WfdbHeader, WfdbSignalSpec } from './header-types.js';
import {
  WFDB_SUPPORTED_FORMATS,
  decodeWfdbSamples,
  wfdbBytesForSamples,
  wfdbSamplesInBytes,
} from './sample-formats.js';

/** Raw samples (adu) of one signal, `NaN` where the skew runs past the end of the file. */
export interface WfdbRawSignal {
  /** The signal's header line. */
  spec: WfdbSignalSpec;
  /** Samples in adu, as stored (before baseline and gain). */
  adu: Float64Array;
}

/**
 * Reads the raw samples of every signal, all with the same length: the header's sample count, or
 * when it gives none, the whole of the shortest file.
 * @param header - the parsed header
 * @param files - signal file contents by the file name the header gives (e.g. `100.dat`)
 * @param warnings - receives tolerated problems (unequal file lengths, skew past the end)
 * @returns one entry per signal, in header order (a hole where a signal's file was not supplied)
 * @throws EcgFormatError `missing-file` (no signal file supplied at all), `truncated` (with byte
 *   offset), `unsupported`, `bad-header`
 * @example
 * readWfdbRawSignals(header, { '100.dat': bytes }, [])[0]?.adu.length; // 650000
 */
export function readWfdbRawSignals(
  header: WfdbHeader,
  files: Readonly<Record<string, Uint8Array>>,
  warnings: string[],
): WfdbRawSignal[] {
  const groups = new Map<string, number[]>();
  header.signals.forEach((spec, index) => {
    checkSupported(spec, index);
    groups.set(spec.fileName, [...(groups.get(spec.fileName) ?? []), index]);
  });
  // A signal file that was not supplied drops its signals with a warning, as long as another
  // file was supplied (PTB's `.xyz` Frank leads often travel without it); none at all is an error.
  const supplied = [...groups].filter(([fileName]) => Object.hasOwn(files, fileName));
  for (const [fileName, indices] of groups) {
    if (supplied.length > 0 && !Object.hasOwn(files, fileName)) {
      warnings.push(
        `WFDB signal file ${fileName} was not supplied; its signal(s) ${indices.join(', ')} are left out`,
      );
    }
  }
  const decoded = (supplied.length > 0 ? supplied : [...groups]).map(([fileName, indices]) =>
    readGroup(header, files, fileName, indices),
  );
  const lengths = decoded.map((group) => group.frames);
  const length = header.sampleCount ?? Math.min(...lengths);
  if (header.sampleCount === undefined && new Set(lengths).size > 1) {
    warnings.push(
      `WFDB signal files hold ${lengths.join(', ')} frames; the shortest (${length}) is used`,
    );
  }
  const signals: WfdbRawSignal[] = [];
  for (const group of decoded) {
    group.indices.forEach((index, position) => {
      const spec = header.signals[index] as WfdbSignalSpec;
      const signal = { spec, adu: extractSignal(group, position, spec, length) };
      if (spec.skew > 0 && Number.isNaN(signal.adu[length - 1])) {
        warnings.push(
          `WFDB signal ${index}: skew ${spec.skew} runs past the end of ${spec.fileName}; the tail is NaN`,
        );
      }
      signals[index] = signal;
    });
  }
  return signals;
}

interface DecodedGroup {
  indices: number[];
  stream: Int32Array;
  frames: number;
}

function checkSupported(spec: WfdbSignalSpec, index: number): void {
  const field = `signal ${index} format`;
  if (!WFDB_SUPPORTED_FORMATS.includes(spec.format)) {
    throw new EcgFormatError(
      'unsupported',
      `WFDB signal format ${spec.format} (signal ${index}) is not supported`,
      { field },
    );
  }
  if (spec.samplesPerFrame !== 1) {
    throw new EcgFormatError(
      'unsupported',
      `WFDB signal ${index} has ${spec.samplesPerFrame} samples per frame; only 1 (one rate for all signals) is supported`,
      { field },
    );
  }
}

/** Decodes one signal file: every frame the header asks for (plus the largest skew, if present). */
function readGroup(
  header: WfdbHeader,
  files: Readonly<Record<string, Uint8Array>>,
  fileName: string,
  indices: number[],
): DecodedGroup {
  const specs = indices.map((i) => header.signals[i] as WfdbSignalSpec);
  const first = specs[0] as WfdbSignalSpec;
  if (specs.some((s) => s.format !== first.format || s.byteOffset !== first.byteOffset)) {
    const message = `WFDB signals in ${fileName} disagree on format or byte offset`;
    throw new EcgFormatError('bad-header', message, { field: `signal ${indices[0]} format` });
  }
  const bytes = Object.hasOwn(files, fileName) ? files[fileName] : undefined;
  if (bytes === undefined) {
    throw new EcgFormatError('missing-file', `WFDB signal file ${fileName} was not supplied`, {
      field: fileName,
    });
  }
  const available = Math.floor(
    wfdbSamplesInBytes(first.format, Math.max(0, bytes.length - first.byteOffset)) / specs.length,
  );
  const wanted = header.sampleCount ?? available;
  if (available < wanted) {
    const needed = first.byteOffset + wfdbBytesForSamples(first.format, wanted * specs.length);
    throw new EcgFormatError(
      'truncated',
      `WFDB signal file ${fileName} ends at byte ${bytes.length}; ${wanted} frames of ${specs.length} signal(s) in format ${first.format} need ${needed} bytes`,
      { byteOffset: bytes.length, field: fileName },
    );
  }
  const frames = Math.min(available, wanted + Math.max(...specs.map((s) => s.skew)));
  const stream = decodeWfdbSamples(
    first.format,
    bytes,
    first.byteOffset,
    frames * specs.length,
    fileName,
  );
  return { indices, stream, frames: Math.min(frames, wanted) };
}

/** Signal `position` of a decoded file: format 8 summed, shifted by its skew, cut to `length`. */
function extractSignal(
  group: DecodedGroup,
  position: number,
  spec: WfdbSignalSpec,
  length: number,
): Float64Array {
  const width = group.indices.length;
  const stored = Math.floor(group.stream.length / width);
  const values = new Float64Array(stored);
  let sum = spec.initialValue;
  for (let frame = 0; frame < stored; frame++) {
    const value = group.stream[frame * width + position] ?? 0;
    values[frame] = spec.format === 8 ? (sum += value) : value;
  }
  const adu = new Float64Array(length).fill(NaN);
  adu.set(values.subarray(spec.skew, spec.skew + length));
  return adu;
}
