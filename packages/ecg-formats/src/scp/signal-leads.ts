/**
 * Names for the leads of section 3, unique within the record: when two codes normalise to the
 * same name (a recorded `III` and a derived `dIII`), the later lead keeps its SCP-ECG name.
 */
import type { ScpLeadName } from './lead-codes.js';
import { scpLeadName } from './lead-codes.js';

/**
 * Names for a list of lead codes.
 * @param codes - lead identification codes in section 3 order
 * @param protocolVersion - protocol version times ten
 * @example scpLeadNames([1, 2, 61], 20).map((l) => l.name) // ['I', 'II', 'III']
 */
export function scpLeadNames(codes: readonly number[], protocolVersion: number): ScpLeadName[] {
  const seen = new Set<string>();
  return codes.map((code) => {
    const lead = scpLeadName(code, protocolVersion);
    const unique = seen.has(lead.name)
      ? { name: lead.sourceName ?? `${lead.name} (lead code ${code})` }
      : lead;
    seen.add(unique.name);
    return unique;
  });
}
