/**
 * Philips XLI files store leads III, aVR, aVL and aVF not as signals but as residuals against
 * their prediction from Einthoven's law (1912) and Goldberger's definitions (1942):
 *
 *     III = II − I − r_III
 *     aVR = −((I + II) / 2) − r_aVR
 *     aVL = (I − III) / 2 − r_aVL      (with III already rebuilt)
 *     aVF = (II + III) / 2 − r_aVF
 *
 * where `/ 2` is integer division truncating toward zero (C's `/`). The signs and formulas follow
 * the public description in sixlettervariables/sierra-ecg-tools (facts only); the rounding was
 * settled on the sample files: with truncation every rebuilt augmented lead of the two PageWriter
 * files lies within ±0.5 LSB of its exact Goldberger value, while rounding down (`Math.floor`, as
 * one port does) leaves up to 1.5 LSB errors on 1,823 samples of aVF in the 1.04 file. After the
 * rebuild, I + III = II holds exactly on every sample of the PageWriter files except the 1 mV
 * calibration pulse at their end (where all leads show the same pulse), and within ±2 LSB on the
 * HeartStart MRx file (1.03), whose residuals are non-zero.
 */

/** Truncating halving, as C's integer `/ 2`. */
function half(value: number): number {
  return Math.trunc(value / 2);
}

/**
 * Rebuilds III, aVR, aVL, aVF in place from their stored residuals.
 * @param leads - raw leads in file order I, II, III, aVR, aVL, aVF, …; entries 2–5 hold residuals
 *   on input and the leads on output. Each array has the same length.
 * @returns the same array, for chaining
 * @example
 * const rebuilt = rebuildPhilipsLimbLeads([
 *   Int32Array.of(100), Int32Array.of(300), Int32Array.of(0),
 *   Int32Array.of(0), Int32Array.of(0), Int32Array.of(0),
 * ]);
 * rebuilt[2]?.[0]; // 200 (III = II − I)
 */
export function rebuildPhilipsLimbLeads(leads: Int32Array[]): Int32Array[] {
  const [leadI, leadII, leadIII, aVR, aVL, aVF] = leads;
  if (!leadI || !leadII || !leadIII || !aVR || !aVL || !aVF) {
    return leads;
  }
  for (let i = 0; i < leadI.length; i++) {
    const one = leadI[i] ?? 0;
    const two = leadII[i] ?? 0;
    const three = two - one - (leadIII[i] ?? 0);
    leadIII[i] = three;
    aVR[i] = -half(one + two) - (aVR[i] ?? 0);
    aVL[i] = half(one - three) - (aVL[i] ?? 0);
    aVF[i] = half(two + three) - (aVF[i] ?? 0);
  }
  return leads;
}
