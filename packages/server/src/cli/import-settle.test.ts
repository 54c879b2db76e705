import { describe, expect, it } from 'vitest';
import { SettleTracker } from './import-settle.js';

describe('SettleTracker: a file is sent once it has stopped growing', () => {
  it('needs the same size and time across two scans at least settleMs apart', () => {
    const settle = new SettleTracker(2000);
    expect(settle.observe('a.scp', { sizeBytes: 100, mtimeMs: 1 }, 0)).toBe(false); // first sight
    expect(settle.observe('a.scp', { sizeBytes: 100, mtimeMs: 1 }, 1999)).toBe(false); // too soon
    expect(settle.observe('a.scp', { sizeBytes: 100, mtimeMs: 1 }, 2000)).toBe(true);
  });

  it('starts over when the file grows or is rewritten', () => {
    const settle = new SettleTracker(2000);
    settle.observe('a.scp', { sizeBytes: 100, mtimeMs: 1 }, 0);
    expect(settle.observe('a.scp', { sizeBytes: 200, mtimeMs: 2 }, 2500)).toBe(false); // grew
    expect(settle.observe('a.scp', { sizeBytes: 200, mtimeMs: 3 }, 5000)).toBe(false); // touched
    expect(settle.observe('a.scp', { sizeBytes: 200, mtimeMs: 3 }, 6000)).toBe(false);
    expect(settle.observe('a.scp', { sizeBytes: 200, mtimeMs: 3 }, 7000)).toBe(true);
    expect(settle.isUnchanged('a.scp', { sizeBytes: 200, mtimeMs: 3 })).toBe(true);
    expect(settle.isUnchanged('a.scp', { sizeBytes: 201, mtimeMs: 3 })).toBe(false);
  });

  it('forgets files that are gone, so a new file of the same name settles afresh', () => {
    const settle = new SettleTracker(0);
    settle.observe('a.scp', { sizeBytes: 1, mtimeMs: 1 }, 0);
    settle.observe('b.scp', { sizeBytes: 1, mtimeMs: 1 }, 0);
    settle.forget(new Set(['b.scp']));
    expect(settle.pending).toBe(1);
    expect(settle.observe('a.scp', { sizeBytes: 1, mtimeMs: 1 }, 10)).toBe(false);
    settle.forget(null, 'a.scp');
    expect(settle.pending).toBe(1);
  });
});
