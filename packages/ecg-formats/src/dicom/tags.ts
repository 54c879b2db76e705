/**
 * The DICOM data elements this package reads or writes, as 32-bit tags `(group << 16) | element`,
 * with their names (for error messages) and their VRs (for implicit-VR data sets, where the file
 * does not say). Tags and VRs from DICOM PS3.6 (Data Dictionary), Table 6-1 and Table 7-1.
 */

/** Builds a tag number from group and element. */
const t = (group: number, element: number): number => ((group << 16) | element) >>> 0;

/** Tags by keyword (PS3.6 keywords). */
export const TAG = {
  FileMetaGroupLength: t(0x0002, 0x0000),
  FileMetaVersion: t(0x0002, 0x0001),
  MediaStorageSopClassUid: t(0x0002, 0x0002),
  MediaStorageSopInstanceUid: t(0x0002, 0x0003),
  TransferSyntaxUid: t(0x0002, 0x0010),
  ImplementationClassUid: t(0x0002, 0x0012),
  ImplementationVersionName: t(0x0002, 0x0013),
  SpecificCharacterSet: t(0x0008, 0x0005),
  InstanceCreationDate: t(0x0008, 0x0012),
  InstanceCreationTime: t(0x0008, 0x0013),
  SopClassUid: t(0x0008, 0x0016),
  SopInstanceUid: t(0x0008, 0x0018),
  StudyDate: t(0x0008, 0x0020),
  ContentDate: t(0x0008, 0x0023),
  AcquisitionDateTime: t(0x0008, 0x002a),
  StudyTime: t(0x0008, 0x0030),
  ContentTime: t(0x0008, 0x0033),
  AccessionNumber: t(0x0008, 0x0050),
  Modality: t(0x0008, 0x0060),
  Manufacturer: t(0x0008, 0x0070),
  InstitutionName: t(0x0008, 0x0080),
  ReferringPhysicianName: t(0x0008, 0x0090),
  CodeValue: t(0x0008, 0x0100),
  CodingSchemeDesignator: t(0x0008, 0x0102),
  CodingSchemeVersion: t(0x0008, 0x0103),
  CodeMeaning: t(0x0008, 0x0104),
  LongCodeValue: t(0x0008, 0x0119),
  UrnCodeValue: t(0x0008, 0x0120),
  TimezoneOffsetFromUtc: t(0x0008, 0x0201),
  StationName: t(0x0008, 0x1010),
  ManufacturerModelName: t(0x0008, 0x1090),
  PatientName: t(0x0010, 0x0010),
  PatientId: t(0x0010, 0x0020),
  PatientBirthDate: t(0x0010, 0x0030),
  PatientSex: t(0x0010, 0x0040),
  PatientAge: t(0x0010, 0x1010),
  DeviceSerialNumber: t(0x0018, 0x1000),
  SoftwareVersions: t(0x0018, 0x1020),
  MultiplexGroupTimeOffset: t(0x0018, 0x1068),
  TriggerTimeOffset: t(0x0018, 0x1069),
  TriggerSamplePosition: t(0x0018, 0x106e),
  StudyInstanceUid: t(0x0020, 0x000d),
  SeriesInstanceUid: t(0x0020, 0x000e),
  StudyId: t(0x0020, 0x0010),
  SeriesNumber: t(0x0020, 0x0011),
  InstanceNumber: t(0x0020, 0x0013),
  WaveformOriginality: t(0x003a, 0x0004),
  NumberOfWaveformChannels: t(0x003a, 0x0005),
  NumberOfWaveformSamples: t(0x003a, 0x0010),
  SamplingFrequency: t(0x003a, 0x001a),
  MultiplexGroupLabel: t(0x003a, 0x0020),
  ChannelDefinitionSequence: t(0x003a, 0x0200),
  WaveformChannelNumber: t(0x003a, 0x0202),
  ChannelLabel: t(0x003a, 0x0203),
  ChannelSourceSequence: t(0x003a, 0x0208),
  ChannelSensitivity: t(0x003a, 0x0210),
  ChannelSensitivityUnitsSequence: t(0x003a, 0x0211),
  ChannelSensitivityCorrectionFactor: t(0x003a, 0x0212),
  ChannelBaseline: t(0x003a, 0x0213),
  ChannelSampleSkew: t(0x003a, 0x0215),
  WaveformBitsStored: t(0x003a, 0x021a),
  AcquisitionContextSequence: t(0x0040, 0x0555),
  AcquisitionContextDescription: t(0x0040, 0x0556),
  MeasurementUnitsCodeSequence: t(0x0040, 0x08ea),
  ValueType: t(0x0040, 0xa040),
  ConceptNameCodeSequence: t(0x0040, 0xa043),
  ReferencedWaveformChannels: t(0x0040, 0xa0b0),
  TemporalRangeType: t(0x0040, 0xa130),
  ReferencedSamplePositions: t(0x0040, 0xa132),
  ConceptCodeSequence: t(0x0040, 0xa168),
  AnnotationGroupNumber: t(0x0040, 0xa180),
  NumericValue: t(0x0040, 0xa30a),
  WaveformAnnotationSequence: t(0x0040, 0xb020),
  UnformattedTextValue: t(0x0070, 0x0006),
  WaveformSequence: t(0x5400, 0x0100),
  WaveformBitsAllocated: t(0x5400, 0x1004),
  WaveformSampleInterpretation: t(0x5400, 0x1006),
  WaveformPaddingValue: t(0x5400, 0x100a),
  WaveformData: t(0x5400, 0x1010),
  Item: t(0xfffe, 0xe000),
  ItemDelimitationItem: t(0xfffe, 0xe00d),
  SequenceDelimitationItem: t(0xfffe, 0xe0dd),
} as const;

/**
 * VR of each tag above, for implicit-VR data sets (PS3.6). Waveform Data and Waveform Padding
 * Value are `OW` (PS3.5 §8.3: OB only with explicit VR); in implicit VR little endian both read the
 * same.
 */
const VR_BY_KEYWORD: Readonly<Record<keyof typeof TAG, string>> = {
  FileMetaGroupLength: 'UL',
  FileMetaVersion: 'OB',
  MediaStorageSopClassUid: 'UI',
  MediaStorageSopInstanceUid: 'UI',
  TransferSyntaxUid: 'UI',
  ImplementationClassUid: 'UI',
  ImplementationVersionName: 'SH',
  SpecificCharacterSet: 'CS',
  InstanceCreationDate: 'DA',
  InstanceCreationTime: 'TM',
  SopClassUid: 'UI',
  SopInstanceUid: 'UI',
  StudyDate: 'DA',
  ContentDate: 'DA',
  AcquisitionDateTime: 'DT',
  StudyTime: 'TM',
  ContentTime: 'TM',
  AccessionNumber: 'SH',
  Modality: 'CS',
  Manufacturer: 'LO',
  InstitutionName: 'LO',
  ReferringPhysicianName: 'PN',
  CodeValue: 'SH',
  CodingSchemeDesignator: 'SH',
  CodingSchemeVersion: 'SH',
  CodeMeaning: 'LO',
  LongCodeValue: 'UC',
  UrnCodeValue: 'UR',
  TimezoneOffsetFromUtc: 'SH',
  StationName: 'SH',
  ManufacturerModelName: 'LO',
  PatientName: 'PN',
  PatientId: 'LO',
  PatientBirthDate: 'DA',
  PatientSex: 'CS',
  PatientAge: 'AS',
  DeviceSerialNumber: 'LO',
  SoftwareVersions: 'LO',
  MultiplexGroupTimeOffset: 'DS',
  TriggerTimeOffset: 'DS',
  TriggerSamplePosition: 'UL',
  StudyInstanceUid: 'UI',
  SeriesInstanceUid: 'UI',
  StudyId: 'SH',
  SeriesNumber: 'IS',
  InstanceNumber: 'IS',
  WaveformOriginality: 'CS',
  NumberOfWaveformChannels: 'US',
  NumberOfWaveformSamples: 'UL',
  SamplingFrequency: 'DS',
  MultiplexGroupLabel: 'SH',
  ChannelDefinitionSequence: 'SQ',
  WaveformChannelNumber: 'IS',
  ChannelLabel: 'SH',
  ChannelSourceSequence: 'SQ',
  ChannelSensitivity: 'DS',
  ChannelSensitivityUnitsSequence: 'SQ',
  ChannelSensitivityCorrectionFactor: 'DS',
  ChannelBaseline: 'DS',
  ChannelSampleSkew: 'DS',
  WaveformBitsStored: 'US',
  AcquisitionContextSequence: 'SQ',
  AcquisitionContextDescription: 'ST',
  MeasurementUnitsCodeSequence: 'SQ',
  ValueType: 'CS',
  ConceptNameCodeSequence: 'SQ',
  ReferencedWaveformChannels: 'US',
  TemporalRangeType: 'CS',
  ReferencedSamplePositions: 'UL',
  ConceptCodeSequence: 'SQ',
  AnnotationGroupNumber: 'US',
  NumericValue: 'DS',
  WaveformAnnotationSequence: 'SQ',
  UnformattedTextValue: 'ST',
  WaveformSequence: 'SQ',
  WaveformBitsAllocated: 'US',
  WaveformSampleInterpretation: 'CS',
  WaveformPaddingValue: 'OW',
  WaveformData: 'OW',
  Item: 'NONE',
  ItemDelimitationItem: 'NONE',
  SequenceDelimitationItem: 'NONE',
};

const KEYWORDS = Object.keys(TAG) as (keyof typeof TAG)[];
const NAME_BY_TAG: ReadonlyMap<number, string> = new Map(
  KEYWORDS.map((keyword) => [TAG[keyword], keyword.replace(/([a-z])([A-Z])/g, '$1 $2')]),
);
const VR_BY_TAG: ReadonlyMap<number, string> = new Map(
  KEYWORDS.map((keyword) => [TAG[keyword], VR_BY_KEYWORD[keyword]]),
);

/**
 * The VR the data dictionary gives a tag, for implicit-VR data sets; `UN` when this package does
 * not know the tag (its value is then kept as bytes). Group lengths `(gggg,0000)` are `UL`.
 * @example implicitVr(TAG.NumberOfWaveformSamples) // 'UL'
 */
export function implicitVr(tag: number): string {
  if ((tag & 0xffff) === 0) {
    return 'UL';
  }
  return VR_BY_TAG.get(tag) ?? 'UN';
}

/**
 * `(gggg,eeee) Name` for error messages and the `field` of an {@link EcgFormatError}.
 * @example tagLabel(TAG.WaveformData) // '(5400,1010) Waveform Data'
 */
export function tagLabel(tag: number): string {
  const hex = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
  const code = `(${hex(tag >>> 16)},${hex(tag & 0xffff)})`;
  const name = NAME_BY_TAG.get(tag);
  return name === undefined ? code : `${code} ${name.replace(/\bUid\b/g, 'UID')}`;
}
