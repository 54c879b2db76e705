/**
 * One multiplex group of the Waveform Sequence (5400,0100) → leads in µV (PS3.3 §C.10.9; PS3.5
 * §8.3). Samples are interleaved channel by channel (C1S1, C2S1, …, CnS1, C1S2, …), each
 * Waveform Bits Allocated wide, signed or unsigned as Waveform Sample Interpretation says.
 * The declared sizes are checked against the Waveform Data before anything is allocated, so the
 * output (4 bytes per sample) is at most 4× the input.
 */
import type { EcgLead } from '@gesang/ecg-signal';
import { EcgFormatError } from '../errors.js';
import { dicomChannel } from './channel-definition.js';
import { dicomItems, dicomNumber, dicomString } from './dataset.js';
import type { DicomDataset, DicomElement, DicomTextDecoder } from './dataset.js';
import { TAG, tagLabel } from './tags.js';

/** A multiplex group's header, before its samples are decoded. */
export interface DicomGroup {
  /** 0-based item number in the Waveform Sequence. */
  index: number;
  /** Multiplex Group Label (003A,0020), e.g. `RHYTHM`, `MEDIAN BEAT`. */
  label?: string;
  /** Waveform Originality (003A,0004): `ORIGINAL` or `DERIVED`. */
  originality?: string;
  channelCount: number;
  sampleCount: number;
  sampleRateHz: number;
  /** Trigger Sample Position (0018,106E), 1-based as DICOM numbers samples. */
  triggerSamplePosition?: number;
  item: DicomDataset;
}

/** Sample readers by (bits allocated, Waveform Sample Interpretation). */
type SampleReader = (view: DataView, at: number, little: boolean) => number;
const READERS: Readonly<Record<string, SampleReader>> = {
  '8 SB': (view, at) => view.getInt8(at),
  '8 UB': (view, at) => view.getUint8(at),
  '16 SS': (view, at, little) => view.getInt16(at, little),
  '16 US': (view, at, little) => view.getUint16(at, little),
  '32 SL': (view, at, little) => view.getInt32(at, little),
  '32 UL': (view, at, little) => view.getUint32(at, little),
};

/** Typed arrays of the same sample formats, for reading the whole interleaved block at once. */
type RawSamples = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array;
const ARRAYS: Readonly<Record<string, new (buffer: ArrayBuffer) => RawSamples>> = {
  '8 SB': Int8Array,
  '8 UB': Uint8Array,
  '16 SS': Int16Array,
  '16 US': Uint16Array,
  '32 SL': Int32Array,
  '32 UL': Uint32Array,
};

/** Whether this machine stores numbers little-endian (typed arrays use its byte order). */
const HOST_LITTLE = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * Reads a Waveform Sequence item's header (counts and rate).
 * @param item - the item
 * @param index - its 0-based position in the sequence
 * @param decode - text decoder of the data set's character set
 * @returns the group
 * @throws EcgFormatError `bad-header` when a required count or the rate is missing or invalid
 * @example dicomGroup(item, 0, decode).sampleRateHz // 1000
 */
export function dicomGroup(
  item: DicomDataset,
  index: number,
  decode: DicomTextDecoder,
): DicomGroup {
  const where = `Waveform Sequence item ${index + 1}`;
  const required = (tag: number, valid: (n: number) => boolean): number => {
    const value = dicomNumber(item, tag);
    if (value === undefined || !valid(value)) {
      const element = item.elements.get(tag);
      throw new EcgFormatError(
        'bad-header',
        `${where}: ${tagLabel(tag)} is ${value === undefined ? 'missing' : `invalid (${value})`}`,
        { field: `${where} ${tagLabel(tag)}`, byteOffset: element?.offset ?? item.offset },
      );
    }
    return value;
  };
  const label = dicomString(item, TAG.MultiplexGroupLabel, decode);
  const originality = dicomString(item, TAG.WaveformOriginality, decode);
  const trigger = dicomNumber(item, TAG.TriggerSamplePosition);
  return {
    index,
    ...(label === undefined ? {} : { label }),
    ...(originality === undefined ? {} : { originality }),
    channelCount: required(TAG.NumberOfWaveformChannels, (n) => Number.isInteger(n) && n >= 1),
    sampleCount: required(TAG.NumberOfWaveformSamples, (n) => Number.isInteger(n) && n >= 1),
    sampleRateHz: required(TAG.SamplingFrequency, (n) => Number.isFinite(n) && n > 0 && n <= 1e6),
    ...(trigger === undefined ? {} : { triggerSamplePosition: trigger }),
    item,
  };
}

/**
 * Decodes a group's samples into leads in µV. Channels whose units are not a voltage are left
 * out with a warning; samples equal to the Waveform Padding Value become NaN.
 * @param group - from {@link dicomGroup}
 * @param decode - text decoder of the data set's character set
 * @param warnings - receives what was tolerated
 * @returns the leads, in channel order
 * @throws EcgFormatError `truncated` (Waveform Data shorter than declared), `unsupported` (sample
 *   format), `bad-header` (channel definitions disagree with the channel count)
 * @example decodeDicomGroup(group, decode, warnings)[0]?.samplesUv[0] // 100
 */
export function decodeDicomGroup(
  group: DicomGroup,
  decode: DicomTextDecoder,
  warnings: string[],
): EcgLead[] {
  const { item, channelCount, sampleCount } = group;
  const where = `Waveform Sequence item ${group.index + 1}`;
  const data = requiredElement(item, TAG.WaveformData, where);
  const bits = dicomNumber(item, TAG.WaveformBitsAllocated);
  const interpretation = dicomString(item, TAG.WaveformSampleInterpretation, decode) ?? '';
  const read = READERS[`${bits} ${interpretation}`];
  if (read === undefined || bits === undefined) {
    throw new EcgFormatError(
      'unsupported',
      `${where}: ${bits ?? 'no'}-bit samples with Waveform Sample Interpretation '${interpretation}' are not read (supported: 8-bit SB/UB, 16-bit SS/US, 32-bit SL/UL)`,
      { byteOffset: data.offset, field: `${where} ${tagLabel(TAG.WaveformSampleInterpretation)}` },
    );
  }
  const width = bits / 8;
  const needed = channelCount * sampleCount * width;
  if (needed > data.value.length) {
    throw new EcgFormatError(
      'truncated',
      `${where}: ${tagLabel(TAG.WaveformData)} at byte ${data.offset} holds ${data.value.length} bytes, but ${channelCount} channels × ${sampleCount} samples × ${width} bytes need ${needed}`,
      { byteOffset: data.offset, field: `${where} ${tagLabel(TAG.WaveformData)}` },
    );
  }
  const definitions = dicomItems(item, TAG.ChannelDefinitionSequence);
  if (definitions.length !== channelCount) {
    throw new EcgFormatError(
      'bad-header',
      `${where}: ${tagLabel(TAG.ChannelDefinitionSequence)} has ${definitions.length} items for ${channelCount} channels`,
      { byteOffset: data.offset, field: `${where} ${tagLabel(TAG.ChannelDefinitionSequence)}` },
    );
  }
  const padding = paddingValue(item, read, interpretation, where, warnings);
  const raw = rawSamples(
    data.value,
    { bytes: needed, width },
    `${bits} ${interpretation}`,
    read,
    item.littleEndian,
  );
  const leads: EcgLead[] = [];
  definitions.forEach((definition, c) => {
    const channel = dicomChannel(definition, c, decode);
    const label = `${where} channel ${c + 1} (${channel.name})`;
    if (channel.scaleUv === undefined) {
      warnings.push(`${label} is ${channel.notVoltage ?? 'not a voltage'}; left out`);
      return;
    }
    if (channel.uncalibrated) {
      warnings.push(`${label} has no Channel Sensitivity: raw sample values taken as µV`);
    }
    const samplesUv = new Float32Array(sampleCount);
    const scale = { scaleUv: channel.scaleUv, offsetUv: channel.offsetUv };
    const padded = scaleChannel(raw, c, channelCount, scale, padding, samplesUv);
    if (padded > 0) {
      warnings.push(`${label}: ${padded} sample(s) hold the Waveform Padding Value; set to NaN`);
    }
    const { name, sourceName } = channel;
    leads.push({ name, ...(sourceName === undefined ? {} : { sourceName }), samplesUv });
  });
  return leads;
}

/**
 * Every sample of the block (channels interleaved) as numbers: a typed-array view of the bytes
 * when they are in this machine's byte order (copied first when misaligned), else read one by
 * one. One pass of a monomorphic loop per channel then scales them, instead of a reader call per
 * sample.
 */
function rawSamples(
  bytes: Uint8Array,
  size: { bytes: number; width: number },
  format: string,
  read: SampleReader,
  little: boolean,
): RawSamples | Float64Array {
  const { bytes: byteCount, width } = size;
  const Raw = ARRAYS[format];
  if (Raw !== undefined && (little === HOST_LITTLE || width === 1)) {
    const block = bytes.slice(0, byteCount); // own, aligned buffer
    return new Raw(block.buffer);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, byteCount);
  const out = new Float64Array(byteCount / width);
  for (let i = 0; i < out.length; i++) {
    out[i] = read(view, i * width, little);
  }
  return out;
}

/**
 * One channel of the interleaved block into µV; samples equal to `padding` become NaN.
 * @returns how many samples were padding
 */
function scaleChannel(
  raw: RawSamples | Float64Array,
  channel: number,
  channelCount: number,
  scale: { scaleUv: number; offsetUv: number },
  padding: number | undefined,
  out: Float32Array,
): number {
  const { scaleUv, offsetUv } = scale;
  const pad = padding ?? Number.NaN; // no raw sample equals NaN
  let padded = 0;
  for (let s = 0, at = channel; s < out.length; s++, at += channelCount) {
    const v = raw[at] as number;
    if (v === pad) {
      padded++;
      out[s] = Number.NaN;
    } else {
      out[s] = v * scaleUv + offsetUv;
    }
  }
  return padded;
}

/**
 * The raw Waveform Padding Value (5400,100A), read as a sample, or undefined. A padding value of
 * 0 in signed data is ignored with a warning: zero volts is an ordinary sample, and some writers
 * (ECG Toolkit's ECGConversion) put 0 there without padding anything.
 */
function paddingValue(
  item: DicomDataset,
  read: SampleReader,
  interpretation: string,
  where: string,
  warnings: string[],
): number | undefined {
  const element = item.elements.get(TAG.WaveformPaddingValue);
  if (element === undefined || element.value.length === 0) {
    return undefined;
  }
  const width = interpretation.endsWith('B')
    ? 1
    : interpretation === 'SL' || interpretation === 'UL'
      ? 4
      : 2;
  if (element.value.length < width) {
    warnings.push(
      `${where}: ${tagLabel(TAG.WaveformPaddingValue)} is shorter than one sample; ignored`,
    );
    return undefined;
  }
  const { value } = element;
  const padding = read(
    new DataView(value.buffer, value.byteOffset, value.byteLength),
    0,
    item.littleEndian,
  );
  if (padding === 0 && interpretation.startsWith('S')) {
    warnings.push(
      `${where}: ${tagLabel(TAG.WaveformPaddingValue)} is 0, an ordinary sample value in signed data; not treated as padding`,
    );
    return undefined;
  }
  return padding;
}

function requiredElement(item: DicomDataset, tag: number, where: string): DicomElement {
  const element = item.elements.get(tag);
  if (element === undefined) {
    throw new EcgFormatError(
      'bad-header',
      `${where} (from byte ${item.offset}) has no ${tagLabel(tag)}`,
      {
        field: `${where} ${tagLabel(tag)}`,
        byteOffset: item.offset,
      },
    );
  }
  return element;
}
