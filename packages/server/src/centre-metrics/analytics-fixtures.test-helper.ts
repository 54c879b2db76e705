import type { CaseAttributes, Centre } from '@gesang/domain';
import type { Db } from '../db/database.js';
import { insertCentreCases } from '../seed/demo-cases.js';

/** China Standard Time wall clock → ISO instant: `cst('2025-03-05 08:00')`. */
export function cst(local: string): string {
  return `${local.replace(' ', 'T')}:00+08:00`;
}

/** Adds minutes to a `cst` instant. */
export function plusMin(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** One test case: centre, organisation, events (ISO), attributes, optional patient. */
export interface TestCase {
  centre?: Centre;
  orgId: string;
  events: Record<string, string>;
  attributes?: CaseAttributes;
  patientId?: string;
}

/**
 * Stores test cases through the same bulk insert as the demo seed.
 * @returns the stored case ids, in order.
 */
export async function storeCases(
  db: Db,
  list: readonly TestCase[],
  demo = false,
): Promise<string[]> {
  const input = list.map((t, index) => ({
    centre: t.centre ?? 'chest_pain',
    id: `t${String(index)}`,
    orgId: t.orgId,
    events: t.events,
    attributes: t.attributes ?? {},
    patientId: t.patientId ?? null,
  }));
  return insertCentreCases(db, input, demo);
}

/**
 * A chest-pain case arriving at `door` (CST wall clock), with first medical contact at the door
 * unless given, and the first ECG `ecgMin` minutes after first medical contact.
 */
export function chestPain(
  orgId: string,
  door: string,
  ecgMin: number,
  extra: { fmc?: string; events?: Record<string, number>; attributes?: CaseAttributes } = {},
): TestCase {
  const doorIso = cst(door);
  const fmcIso = extra.fmc === undefined ? doorIso : cst(extra.fmc);
  const events: Record<string, string> = {
    first_medical_contact: fmcIso,
    door: doorIso,
    first_ecg: plusMin(fmcIso, ecgMin),
  };
  for (const [event, minutes] of Object.entries(extra.events ?? {})) {
    events[event] = plusMin(doorIso, minutes);
  }
  return { orgId, events, attributes: extra.attributes ?? {} };
}
