import { describe, expect, it } from 'vitest';
import { receivedToday, rejectionKey, stepsReached } from './study-progress.js';

describe('study progress at the desk', () => {
  it('counts the steps reached', () => {
    expect(stepsReached('received')).toBe(1);
    expect(stepsReached('analysed')).toBe(2);
    expect(stepsReached('claimed')).toBe(3);
    expect(stepsReached('signed')).toBe(4);
    expect(stepsReached('rejected')).toBe(1);
  });

  it('names every refusal code the server documents (domain studyRejectionSchema)', () => {
    expect(rejectionKey('not-ecg')).toBe('ecgPreview.errors.notEcg');
    expect(rejectionKey('truncated')).toBe('ecgPreview.errors.truncated');
    expect(rejectionKey('bad-header')).toBe('ecgPreview.errors.badHeader');
    expect(rejectionKey('bad-data')).toBe('ecgPreview.errors.badData');
    expect(rejectionKey('unsupported')).toBe('ecgPreview.errors.unsupported');
    expect(rejectionKey('too-large')).toBe('ecgPreview.errors.tooLarge');
    expect(rejectionKey('analysis-failed')).toBe('ecgDesk.rejection.analysisFailed');
    expect(rejectionKey('something-new')).toBe('ecgPreview.errors.unknown');
  });

  it('tells today from yesterday in local time', () => {
    const now = new Date(2026, 4, 1, 0, 30);
    expect(receivedToday({ receivedAt: new Date(2026, 4, 1, 0, 5).toISOString() }, now)).toBe(true);
    expect(receivedToday({ receivedAt: new Date(2026, 3, 30, 23, 55).toISOString() }, now)).toBe(
      false,
    );
  });
});
