/**
 * @gesang/ecg-signal: pure ECG numerics on typed arrays. Public API only; modules inside the
 * package import each other directly, never this index.
 */
export type { AnyLeadName, EcgLead, EcgSignal, LeadName, StandardLeadName } from './record.js';
export { STANDARD_12_LEADS, isLeadName, normalizeLeadName } from './record.js';
