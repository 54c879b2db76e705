import { describe, expect, it } from 'vitest';
import { escalationStepsEnv, planSteps } from './policy.js';

describe('escalation policy', () => {
  it('reads "unclaimed,unsigned" minutes or off, refusing a backwards order', () => {
    expect(escalationStepsEnv.parse('2,5')).toEqual({ unclaimedMin: 2, unsignedMin: 5 });
    expect(escalationStepsEnv.parse(' off ')).toBeNull();
    expect(escalationStepsEnv.safeParse('5,2').success).toBe(false);
    expect(escalationStepsEnv.safeParse('0,5').success).toBe(false);
    expect(escalationStepsEnv.safeParse('2').success).toBe(false);
  });

  it('plans the alerts after the analysis and the breach check at the SLA due time', () => {
    const analysedAt = new Date('2025-03-03T01:00:30Z');
    const slaDueAt = new Date('2025-03-03T01:10:00Z');
    expect(planSteps({ unclaimedMin: 2, unsignedMin: 5 }, analysedAt, slaDueAt)).toEqual([
      { step: 'unclaimed', atMs: Date.parse('2025-03-03T01:02:30Z') },
      { step: 'unsigned', atMs: Date.parse('2025-03-03T01:05:30Z') },
      { step: 'breach', atMs: Date.parse('2025-03-03T01:10:00Z') },
    ]);
    expect(planSteps(null, analysedAt, slaDueAt).map((s) => s.step)).toEqual(['breach']);
    // A late analysis: the breach check comes first, the alerts still follow.
    const late = planSteps({ unclaimedMin: 2, unsignedMin: 5 }, slaDueAt, analysedAt);
    expect(late.map((s) => s.step)).toEqual(['breach', 'unclaimed', 'unsigned']);
  });
});
