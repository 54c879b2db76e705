/**
 * The few FHIR R4 (v4.0.1) types the ECG Observation uses, written out here instead of depending
 * on a FHIR type package (`ecg-formats` has no runtime dependencies beyond `ecg-signal`). Field
 * names and shapes follow the R4 specification (https://hl7.org/fhir/R4/observation.html).
 */

/** R4 Coding. */
export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

/** R4 CodeableConcept. */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/** R4 Quantity (SimpleQuantity when without comparator). */
export interface FhirQuantity {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}

/** R4 SampledData: `data` holds decimals or `E` (error), `L` (below), `U` (above detection). */
export interface FhirSampledData {
  origin: FhirQuantity;
  /** Milliseconds between samples. */
  period: number;
  factor?: number;
  lowerLimit?: number;
  upperLimit?: number;
  dimensions: number;
  data?: string;
}

/** R4 Reference. */
export interface FhirReference {
  reference?: string;
  display?: string;
  identifier?: { system?: string; value?: string };
}

/** R4 Observation.component, as used here. */
export interface FhirObservationComponent {
  code: FhirCodeableConcept;
  valueSampledData?: FhirSampledData;
  valueQuantity?: FhirQuantity;
}

/** The contained Patient of the ECG Observation. */
export interface FhirPatient {
  resourceType: 'Patient';
  id: string;
  identifier?: { value: string }[];
  name?: { text: string }[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
}

/** The contained Device (the cart) of the ECG Observation. */
export interface FhirDevice {
  resourceType: 'Device';
  id: string;
  manufacturer?: string;
  serialNumber?: string;
  deviceName?: { name: string; type: 'model-name' | 'manufacturer-name' | 'other' }[];
  version?: { value: string }[];
  owner?: { display: string };
}

/** R4 Observation, as far as the ECG Observation fills it. */
export interface FhirObservation {
  resourceType: 'Observation';
  id?: string;
  contained?: (FhirPatient | FhirDevice)[];
  status: 'registered' | 'preliminary' | 'final' | 'amended';
  category?: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  subject?: FhirReference;
  effectiveDateTime?: string;
  device?: FhirReference;
  note?: { text: string }[];
  component?: FhirObservationComponent[];
}
