/**
 * Section 3, ECG lead definition (EN 1064:2005 §5.6): number of leads (1), flags (1: bit 0
 * reference beat subtracted from the rhythm data, bit 2 all leads recorded simultaneously, bits
 * 3–7 number of simultaneously recorded leads), then 9 bytes per lead: starting and ending sample
 * number (4 each, counted from 1, inclusive) and the lead identification code (1).
 */
import type { ScpCursor } from './cursor.js';

/** One lead entry. */
export interface ScpLeadEntry {
  /** First sample number (1-based). */
  start: number;
  /** Last sample number (inclusive). */
  end: number;
  /** Lead identification code (see `scpLeadName`). */
  code: number;
}

/** Section 3 as read. */
export interface ScpLeadDefinition {
  /** Number of leads the section declares. */
  leadCount: number;
  /** Flag bit 0: a reference beat was subtracted in the protected zones of section 4. */
  referenceBeatSubtracted: boolean;
  /** Flag bit 2. */
  allSimultaneous: boolean;
  /** The entries present: `leadCount` of them in a well-formed file, fewer in a broken one. */
  leads: ScpLeadEntry[];
}

/**
 * Reads section 3; entries missing from a short section are left out (the caller decides).
 * @param body - section 3 after its ID header
 * @throws EcgFormatError `truncated` when even the first two bytes are missing
 * @example readLeadDefinition(section3.body).leads[0]?.code // 1 (lead I)
 */
export function readLeadDefinition(body: ScpCursor): ScpLeadDefinition {
  const leadCount = body.u8(0, 'number of leads');
  const flags = body.u8(1, 'flags');
  const leads: ScpLeadEntry[] = [];
  for (let i = 0; i < leadCount && body.has(2 + 9 * i, 9); i++) {
    const at = 2 + 9 * i;
    leads.push({
      start: body.u32(at, 'starting sample number'),
      end: body.u32(at + 4, 'ending sample number'),
      code: body.u8(at + 8, 'lead code'),
    });
  }
  return {
    leadCount,
    referenceBeatSubtracted: (flags & 0x01) !== 0,
    allSimultaneous: (flags & 0x04) !== 0,
    leads,
  };
}
