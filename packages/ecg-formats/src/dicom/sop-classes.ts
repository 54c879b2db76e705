/**
 * Waveform Storage SOP Classes (DICOM PS3.4 Annex B, Table B.5-1; PS3.6 Annex A), and which of
 * them carry ECG leads.
 */

/** SOP Class UID → name and whether its channels are surface or intracardiac ECG leads. */
const WAVEFORM_CLASSES: ReadonlyMap<string, { name: string; ecg: boolean }> = new Map([
  ['1.2.840.10008.5.1.4.1.1.9.1.1', { name: '12-lead ECG', ecg: true }],
  ['1.2.840.10008.5.1.4.1.1.9.1.2', { name: 'General ECG', ecg: true }],
  ['1.2.840.10008.5.1.4.1.1.9.1.3', { name: 'Ambulatory ECG', ecg: true }],
  ['1.2.840.10008.5.1.4.1.1.9.1.4', { name: 'General 32-bit ECG', ecg: true }],
  ['1.2.840.10008.5.1.4.1.1.9.2.1', { name: 'Hemodynamic Waveform', ecg: true }],
  ['1.2.840.10008.5.1.4.1.1.9.3.1', { name: 'Cardiac Electrophysiology Waveform', ecg: true }],
  ['1.2.840.10008.5.1.4.1.1.9.4.1', { name: 'Basic Voice Audio', ecg: false }],
  ['1.2.840.10008.5.1.4.1.1.9.4.2', { name: 'General Audio Waveform', ecg: false }],
  ['1.2.840.10008.5.1.4.1.1.9.5.1', { name: 'Arterial Pulse Waveform', ecg: false }],
  ['1.2.840.10008.5.1.4.1.1.9.6.1', { name: 'Respiratory Waveform', ecg: false }],
  ['1.2.840.10008.5.1.4.1.1.9.6.2', { name: 'Multi-channel Respiratory Waveform', ecg: false }],
  ['1.2.840.10008.5.1.4.1.1.9.7.1', { name: 'Routine Scalp EEG', ecg: false }],
  ['1.2.840.10008.5.1.4.1.1.9.7.2', { name: 'Electromyogram', ecg: false }],
  ['1.2.840.10008.5.1.4.1.1.9.7.3', { name: 'Electrooculogram', ecg: false }],
  ['1.2.840.10008.5.1.4.1.1.9.7.4', { name: 'Sleep EEG', ecg: false }],
  ['1.2.840.10008.5.1.4.1.1.9.8.1', { name: 'Body Position Waveform', ecg: false }],
]);

/** The 12-lead ECG Waveform Storage SOP Class UID. */
export const TWELVE_LEAD_ECG_SOP_CLASS = '1.2.840.10008.5.1.4.1.1.9.1.1';
/** The General ECG Waveform Storage SOP Class UID. */
export const GENERAL_ECG_SOP_CLASS = '1.2.840.10008.5.1.4.1.1.9.1.2';
/** The Ambulatory ECG Waveform Storage SOP Class UID. */
export const AMBULATORY_ECG_SOP_CLASS = '1.2.840.10008.5.1.4.1.1.9.1.3';

/**
 * The waveform SOP class a UID names, or undefined when it is not a waveform class we know.
 * @example waveformSopClass('1.2.840.10008.5.1.4.1.1.9.1.1') // { name: '12-lead ECG', ecg: true }
 */
export function waveformSopClass(
  uid: string | undefined,
): { name: string; ecg: boolean } | undefined {
  return uid === undefined ? undefined : WAVEFORM_CLASSES.get(uid);
}
