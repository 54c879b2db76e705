import type { StudySummary } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import {
  newCriticalStudies,
  nextStudyCandidates,
  orgNameIn,
  worklistCounts,
} from './worklist-view.js';

const me = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';

function study(
  id: string,
  level: 'critical' | 'urgent' | 'routine' | null,
  claimedBy: string | null = null,
): StudySummary {
  return {
    id,
    orgId: '33333333-3333-4333-8333-333333333333',
    orgName: { zh: '拉孜县人民医院', en: "Lhatse County People's Hospital", bo: 'ལྷ་རྩེ།' },
    status: claimedBy === null ? 'analysed' : 'claimed',
    fileName: null,
    patientId: null,
    filePatient: null,
    triage: level === null ? null : { level, reasons: [] },
    rejection: null,
    clinicalContext: { chestPain: null, onsetAt: null, firstMedicalContactAt: null },
    receivedAt: '2025-03-01T02:00:00Z',
    analysedAt: '2025-03-01T02:00:02Z',
    rejectedAt: null,
    claimedAt: null,
    signedAt: null,
    slaDueAt: '2025-03-01T02:10:00Z',
    claimedBy: claimedBy === null ? null : { id: claimedBy, displayName: 'Dr' },
    signedBy: null,
  };
}

const list = [
  study('a', 'critical', other),
  study('b', 'critical'),
  study('c', 'urgent', me),
  study('d', 'routine'),
  study('e', null),
];

describe('worklist view', () => {
  it('names the county in the UI language', () => {
    const name = { zh: '拉孜县人民医院', en: 'Lhatse', bo: 'ལྷ་རྩེ།' };
    expect(orgNameIn(name, 'zh-CN')).toBe('拉孜县人民医院');
    expect(orgNameIn(name, 'en')).toBe('Lhatse');
    expect(orgNameIn(name, 'bo')).toBe('ལྷ་རྩེ།');
    expect(orgNameIn({ ...name, bo: null }, 'bo')).toBe('拉孜县人民医院');
  });

  it('counts by level and unclaimed', () => {
    expect(worklistCounts(list)).toEqual({
      critical: 2,
      urgent: 1,
      routine: 2,
      unclaimed: 3,
      unclaimedCritical: 1,
    });
  });

  it('offers free studies first, then the reader’s own, never another reader’s', () => {
    expect(nextStudyCandidates(list, 'b', me)).toEqual(['d', 'e', 'c']);
    expect(nextStudyCandidates(list, null, other)).toEqual(['b', 'd', 'e', 'a']);
  });

  it('finds critical studies nobody holds that were not alerted yet', () => {
    expect(newCriticalStudies(list, new Set()).map((s) => s.id)).toEqual(['b']);
    expect(newCriticalStudies(list, new Set(['b']))).toEqual([]);
  });
});
