/**
 * A record plus the cart's representative (median) beats. GE MUSE (`Waveform` of type `Median`)
 * and Philips (`repbeats`) files carry one averaged beat per lead next to the rhythm; readers of
 * those formats return this extension of {@link EcgRecord} until `EcgRecord` itself gains the field.
 */
import type { EcgSignal } from '@gesang/ecg-signal';
import type { EcgRecord } from '../record.js';

/** An {@link EcgRecord} with the cart's median beats, when the file has them. */
export interface EcgRecordWithMedianBeats extends EcgRecord {
  /**
   * One representative beat per lead (µV), at its own sample rate (which may differ from the
   * rhythm's, e.g. Philips 1 kHz beats next to a 500 Hz rhythm); absent when the file has none.
   * Lead names are normalised like the rhythm's.
   */
  medianBeats?: EcgSignal;
}
