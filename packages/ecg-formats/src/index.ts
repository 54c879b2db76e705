/**
 * @gesang/ecg-formats: ECG file readers, bytes in, one {@link EcgRecord} out. Public API only;
 * modules inside the package import each other directly, never this index.
 */
export { EcgFormatError } from './errors.js';
export type { EcgFormatErrorCode, EcgFormatErrorLocation } from './errors.js';
export type {
  CartMeasurement,
  CartStatement,
  EcgAcquisitionTime,
  EcgDevice,
  EcgFileFormat,
  EcgPatient,
  EcgPatientSex,
  EcgRecord,
} from './record.js';
export { readWfdbAnnotations } from './wfdb/annotations.js';
export type { WfdbAnnotation } from './wfdb/annotations.js';
export { WFDB_MAX_ANNOTATION_CODE, isBeatCode, wfdbAnnotationSymbol } from './wfdb/ecg-codes.js';
export { parseWfdbHeader } from './wfdb/header.js';
export type { WfdbHeader, WfdbSignalSpec } from './wfdb/header-types.js';
export { readWfdbRecord } from './wfdb/read-record.js';
export { WFDB_SUPPORTED_FORMATS } from './wfdb/sample-formats.js';
export { describeContent } from './detect/describe-content.js';
export type { EcgFileReader, EcgReadOptions } from './detect/file-reader.js';
export { detectEcgFormat, readEcgFile } from './detect/read-ecg-file.js';
export { ECG_FILE_READERS } from './detect/readers.js';
export { fuzzReader } from './fuzz/fuzz-reader.js';
export type { FuzzFailure, FuzzReport } from './fuzz/fuzz-reader.js';
export { mutate, seededRandom } from './fuzz/mutate.js';
export { bomEncoding, decodeText, encodingFromLabel } from './text/decode-text.js';
export type { TextEncodingName } from './text/decode-text.js';
export { parseXml } from './xml/parse-xml.js';
export type { XmlElement, XmlParseOptions } from './xml/xml-types.js';
export { detectXmlEncoding } from './xml/xml-encoding.js';
export type { XmlEncoding } from './xml/xml-encoding.js';
export {
  localName,
  xmlAttribute,
  xmlChildren,
  xmlFind,
  xmlFindAll,
  xmlText,
} from './xml/xml-query.js';
export { xmlRootName } from './xml/xml-root.js';
export { encodeUtf8, escapeXmlAttribute, escapeXmlText } from './xml/xml-write.js';
export { MUSE_FORMAT_NAME, museReader, readMuseXml } from './muse/read-muse.js';
export type { EcgRecordWithMedianBeats } from './muse/median-beats.js';
export { decodeBase64 } from './muse/base64.js';
export { deriveLimbLeads } from './muse/limb-leads.js';
export { PHILIPS_FORMAT_NAME, philipsReader, readPhilipsXml } from './philips/read-philips.js';
export { decodeXli } from './philips/xli.js';
export { rebuildPhilipsLimbLeads } from './philips/limb-leads.js';
export { aecgReader, readAecg } from './aecg/read-aecg.js';
export type { AecgRecord } from './aecg/read-aecg.js';
export { writeAecg } from './aecg/write-aecg.js';
export type { WriteAecgOptions } from './aecg/write-aecg.js';
export { chooseSampleScale } from './aecg/sample-scale.js';
export type { SampleScale } from './aecg/sample-scale.js';
export { leadNameFromMdcPotentialCode, mdcLeadCode, mdcPotentialCode } from './aecg/mdc-leads.js';
export { writeFhirObservation, writeFhirObservationJson } from './fhir/write-fhir-observation.js';
export type { WriteFhirObservationOptions } from './fhir/write-fhir-observation.js';
export {
  fhirObservationReader,
  readFhirObservation,
  readFhirObservationJson,
} from './fhir/read-fhir-observation.js';
export type {
  FhirCodeableConcept,
  FhirCoding,
  FhirDevice,
  FhirObservation,
  FhirObservationComponent,
  FhirPatient,
  FhirQuantity,
  FhirReference,
  FhirSampledData,
} from './fhir/fhir-types.js';
export { dicomReader, readDicomEcg } from './dicom/read-dicom.js';
export type { DicomEcgRecord, DicomMedianBeats } from './dicom/read-dicom.js';
export { writeDicomEcg } from './dicom/write-dicom.js';
export type { DicomWriteOptions } from './dicom/write-dicom.js';
export { randomDicomUid } from './dicom/uid.js';
export { decodeEdf, edfMicrovoltsPerUnit } from './edf/edf-decode.js';
export { edfEcgLeadName, selectEdfLeads } from './edf/edf-leads.js';
export { parseEdfTals } from './edf/edf-tal.js';
export type { EdfTal } from './edf/edf-tal.js';
export type {
  EdfAnnotation,
  EdfDecodedSignal,
  EdfFile,
  EdfHeader,
  EdfSignalHeader,
} from './edf/edf-types.js';
export { edfReader, readEdfRecord } from './edf/read-edf.js';
export type { EdfEcgRecord } from './edf/read-edf.js';
export { crcCcitt } from './checksums/crc-ccitt.js';
export { ishneLeadName } from './ishne/ishne-codes.js';
export { parseIshneHeader } from './ishne/ishne-header.js';
export type { IshneHeader } from './ishne/ishne-header.js';
export { buildIshneTestFile } from './ishne/ishne-test-file.js';
export type { IshneTestFileSpec, IshneTestLead } from './ishne/ishne-test-file.js';
export { ishneReader, readIshneRecord } from './ishne/read-ishne.js';
export { contecReader, readContecEcg } from './contec/read-contec.js';
export { chooseWfdbScale } from './wfdb/write-scale.js';
export type { WfdbLeadScale } from './wfdb/write-scale.js';
export { encodeWfdbSamples, wfdbChecksum } from './wfdb/write-samples.js';
export { writeWfdbRecord } from './wfdb/write-record.js';
export type { WriteWfdbOptions, WrittenWfdbRecord } from './wfdb/write-record.js';
export { readScpEcg } from './scp/read-scp.js';
export type { ScpEcgRecord } from './scp/read-scp.js';
export type { ScpMedianBeats } from './scp/signal-summary.js';
export { scpReader, sniffScpEcg } from './scp/scp-reader.js';
