/**
 * Shapes of the ST-elevation MI assessment (`assessStemi`): thresholds, territories, mimics and
 * the result. Every value that led to the call is in `evidence`, with the threshold it was
 * compared with, so a reader can redo the decision by hand.
 */
import type { Evidence, Finding, PatientContext } from '../morphology/types.js';
import type { PacingSpikeDetection } from '../morphology/pacing-spikes.js';

/** Territories named from the leads with ST elevation (or, for posterior, V1–V3 depression). */
export type Territory =
  'inferior' | 'lateral' | 'septal' | 'anterior' | 'posterior' | 'rightVentricular';

/** The ST thresholds applied, µV at the J point, and why these. */
export interface StThresholds {
  /** V2 and V3. */
  v2V3Uv: number;
  /** Every other standard lead. */
  otherLeadsUv: number;
  /** V7–V9 (posterior leads), when recorded. */
  posteriorLeadsUv: number;
  /** V3R–V6R (right-sided chest leads), when recorded. */
  rightLeadsUv: number;
  /** ST depression that counts (reciprocal, posterior equivalent), µV below the baseline. */
  depressionUv: number;
  /** Which row of the Fourth Universal Definition was applied, and why. */
  basis: string;
}

/** Conditions that raise the ST segment without acute occlusion, flagged rather than called. */
export type MimicKind =
  | 'leftBundleBranchBlock'
  | 'pacedRhythm'
  | 'leftVentricularHypertrophy'
  | 'earlyRepolarisation'
  | 'pericarditis';

/** One mimic, with whether it accounts for the ST elevation found. */
export interface Mimic {
  kind: MimicKind;
  /**
   * True when the ST elevation is attributed to the mimic (the STEMI call is withheld); false
   * when the mimic is present but the elevation goes beyond it (e.g. Sgarbossa positive).
   */
  explainsElevation: boolean;
  /** Short English statement. */
  text: string;
  /** The criteria applied, with their source. */
  criteria: string;
  evidence: Evidence[];
}

/** A lead whose ST level could not be trusted, and why. */
export interface UnassessableLead {
  lead: string;
  reason: string;
}

/** Patient context plus what the caller knows from elsewhere. */
export interface StemiContext extends PatientContext {
  /** Pacemaker spike detection on the raw signal (`detectPacingSpikes`), when run. */
  pacing?: PacingSpikeDetection;
  /** Conduction/morphology findings, when already computed (`assessMorphology`). */
  findings?: Finding[];
}

/** Result of `assessStemi`. */
export interface StemiAssessment {
  /** ST-elevation MI called: criteria met and not attributed to a mimic. */
  stemi: boolean;
  /** The ST criteria are met before mimics are considered (Sgarbossa/Smith in LBBB or pacing). */
  criteriaMet: boolean;
  /** The rule set that decided: the Fourth Universal Definition, or Smith-modified Sgarbossa. */
  method: 'udmi2018' | 'smithModifiedSgarbossa';
  /** Territories of the contiguous elevation (or posterior equivalent), in a fixed order. */
  territories: Territory[];
  /** Leads meeting their ST elevation threshold (whether contiguous or not). */
  leadsWithElevation: string[];
  /** Pairs of contiguous leads that both meet their threshold. */
  contiguousPairs: [string, string][];
  /** Leads with ST depression ≥ the depression threshold opposite the elevated territories. */
  reciprocalLeads: string[];
  thresholdsUsed: StThresholds;
  mimics: Mimic[];
  /** Leads left out because their ST level is not measurable, with the reason. */
  unassessableLeads: UnassessableLead[];
  /** The ST level of every assessed lead and each criterion's values. */
  evidence: Evidence[];
  /** Limits of the call (e.g. "new" elevation cannot be judged from one ECG). */
  notes: string[];
}
