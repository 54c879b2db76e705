/**
 * Contec ECG90A leads: the cart stores II, III and V1–V6; like the cart's own printout, I, aVR,
 * aVL and aVF are derived (Einthoven: I = II − III; Goldberger: aVR = −(I + II)/2,
 * aVL = (I − III)/2, aVF = (II + III)/2). A channel holding only "no data" (an electrode not
 * connected) is left out.
 */
import type { EcgLead } from '@gesang/ecg-signal';
import { CONTEC_CHANNEL_LEADS } from './contec-layout.js';

/**
 * The record's leads from the 8 stored channels: I–aVF when II and III hold data (I, aVR, aVL,
 * aVF derived), else whichever of II and III does, then the V leads that hold data.
 * @param channels - µV per stored channel, in {@link CONTEC_CHANNEL_LEADS} order, and whether it
 *   held any data
 * @param warnings - receives the channels left out for holding no data
 * @returns the leads in display order
 * @example
 * assembleContecLeads(channels, []).map((l) => l.name); // ['I', 'II', 'III', 'aVR', 'aVL', 'aVF']
 */
export function assembleContecLeads(
  channels: { samplesUv: Float32Array; hasData: boolean }[],
  warnings: string[],
): EcgLead[] {
  const stored = new Map<string, Float32Array>();
  const empty: string[] = [];
  CONTEC_CHANNEL_LEADS.forEach((name, k) => {
    const channel = channels[k];
    if (channel?.hasData) {
      stored.set(name, channel.samplesUv);
    } else {
      empty.push(name);
    }
  });
  if (empty.length > 0) {
    warnings.push(
      `Contec ECG90A: ${empty.join(', ')} hold no data (electrodes not connected); left out`,
    );
  }
  const leads: EcgLead[] = [];
  const two = stored.get('II');
  const three = stored.get('III');
  if (two !== undefined && three !== undefined) {
    const one = new Float32Array(two.length);
    const aVR = new Float32Array(two.length);
    const aVL = new Float32Array(two.length);
    const aVF = new Float32Array(two.length);
    for (let i = 0; i < two.length; i++) {
      const ii = two[i] ?? NaN;
      const iii = three[i] ?? NaN;
      one[i] = ii - iii; // Einthoven
      aVR[i] = (iii - 2 * ii) / 2; // −(I + II)/2, written so that 0 stays +0
      aVL[i] = (ii - 2 * iii) / 2; // (I − III)/2
      aVF[i] = (ii + iii) / 2;
    }
    leads.push(
      { name: 'I', samplesUv: one },
      { name: 'II', samplesUv: two },
      { name: 'III', samplesUv: three },
      { name: 'aVR', samplesUv: aVR },
      { name: 'aVL', samplesUv: aVL },
      { name: 'aVF', samplesUv: aVF },
    );
  } else {
    for (const name of ['II', 'III']) {
      const samplesUv = stored.get(name);
      if (samplesUv !== undefined) {
        leads.push({ name, samplesUv });
      }
    }
  }
  for (const name of CONTEC_CHANNEL_LEADS.slice(2)) {
    const samplesUv = stored.get(name);
    if (samplesUv !== undefined) {
      leads.push({ name, samplesUv });
    }
  }
  return leads;
}
