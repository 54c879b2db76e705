import { describe, expect, it } from 'vitest';
import { studyIdFromPath, studyReadPath } from './reader-paths.js';

describe('reader paths', () => {
  it('round-trips a study id', () => {
    const id = '0b6c2f0e-7d1c-4d43-9a57-1f3a3b8f9e10';
    expect(studyReadPath(id)).toBe(`/ecg/read/${id}`);
    expect(studyIdFromPath(studyReadPath(id))).toBe(id);
    expect(studyIdFromPath(`/ecg/read/${id}/`)).toBe(id);
  });

  it('finds no study in other paths', () => {
    expect(studyIdFromPath('/ecg/worklist')).toBeNull();
    expect(studyIdFromPath('/ecg/read/')).toBeNull();
    expect(studyIdFromPath('/ecg/read/a/b')).toBeNull();
  });
});
