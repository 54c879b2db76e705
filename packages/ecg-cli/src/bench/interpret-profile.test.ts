import type { Profiler } from 'node:inspector';
import { describe, expect, it } from 'vitest';
import { divideProfile } from './interpret-profile.js';

/** A profile node of a function in a file, with its children's ids. */
function node(id: number, functionName: string, children: number[] = []): Profiler.ProfileNode {
  const callFrame = {
    functionName,
    scriptId: '1',
    url: `file:///repo/src/folder/${functionName}.ts`,
    lineNumber: 0,
    columnNumber: 0,
  };
  return { id, callFrame, children };
}

describe('divideProfile (a hand-built profile)', () => {
  // (root) → program; (root) → interpretEcg → ensure → filterZeroPhaseInto;
  // interpretEcg → measurePreparedEcg → alignAndSelectBeats → buildMedianBeats → columnMedians;
  // interpretEcg → measurePreparedEcg → rrStatistics
  const nodes = [
    node(1, '(root)', [2, 3]),
    node(2, '(program)'),
    node(3, 'interpretEcg', [4, 6]),
    node(4, 'ensure', [5]),
    node(5, 'filterZeroPhaseInto'),
    node(6, 'measurePreparedEcg', [7, 10]),
    node(7, 'alignAndSelectBeats', [8]),
    node(8, 'buildMedianBeats', [9]),
    node(9, 'columnMedians'),
    node(10, 'rrStatistics'),
  ];
  const profile: Profiler.Profile = {
    nodes,
    startTime: 0,
    endTime: 8,
    // Two samples outside the engine, then 2 filtering, 3 medians, 1 measurement of its own.
    samples: [2, 2, 5, 5, 9, 9, 9, 10],
  };
  const divided = divideProfile(profile);

  it('counts only the samples inside interpretEcg', () => {
    expect(divided.samples).toBe(6);
  });

  it('credits each sample to the stage nearest to it on the stack', () => {
    expect(divided.stages).toEqual([
      { name: 'median beats (alignment template and representative beat)', share: 3 / 6 },
      { name: 'shared filtered leads', share: 2 / 6 },
      { name: 'measurements, other', share: 1 / 6 },
    ]);
  });

  it('lists the functions by the samples in their own code', () => {
    expect(divided.selfTime[0]).toEqual({
      name: 'columnMedians folder/columnMedians.ts',
      share: 0.5,
    });
    expect(divided.selfTime.map((s) => s.name)).not.toContain('(program) folder/(program).ts');
  });
});
