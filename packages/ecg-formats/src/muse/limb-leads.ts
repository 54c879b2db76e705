/**
 * The four limb leads a GE MUSE file does not store, computed from leads I and II. MUSE (like SCP-
 * ECG and most carts) keeps only the eight independent leads I, II, V1–V6; the others follow from
 * Einthoven's law and Goldberger's definitions:
 * - III = II − I (Einthoven, 1912: I + III = II);
 * - aVR = −(I + II) / 2, aVL = I − II / 2, aVF = II − I / 2 (Goldberger, 1942, written with I and
 *   II only; aVR + aVL + aVF = 0).
 */

/** Leads III, aVR, aVL, aVF, each as long as the inputs. */
export interface DerivedLimbLeads {
  III: Float32Array;
  aVR: Float32Array;
  aVL: Float32Array;
  aVF: Float32Array;
}

/**
 * Computes III, aVR, aVL and aVF from I and II, sample by sample, in the inputs' unit (no
 * rounding: the results are exact halves of the inputs' LSB).
 * @param leadI - lead I, e.g. in µV
 * @param leadII - lead II, same unit and length as `leadI`
 * @returns the four derived leads, each of `leadI.length` samples
 * @example
 * const { III, aVR } = deriveLimbLeads(Float32Array.of(100), Float32Array.of(300));
 * III[0]; // 200
 * aVR[0]; // -200
 */
export function deriveLimbLeads(leadI: Float32Array, leadII: Float32Array): DerivedLimbLeads {
  const length = Math.min(leadI.length, leadII.length);
  const derived: DerivedLimbLeads = {
    III: new Float32Array(length),
    aVR: new Float32Array(length),
    aVL: new Float32Array(length),
    aVF: new Float32Array(length),
  };
  for (let i = 0; i < length; i++) {
    const one = leadI[i] ?? 0;
    const two = leadII[i] ?? 0;
    derived.III[i] = two - one;
    derived.aVR[i] = -(one + two) / 2;
    derived.aVL[i] = one - two / 2;
    derived.aVF[i] = two - one / 2;
  }
  return derived;
}
