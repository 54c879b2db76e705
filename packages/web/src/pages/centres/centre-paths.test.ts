import { describe, expect, it } from 'vitest';
import { caseIdFromPath, casePagePath } from './centre-paths.js';

describe('case paths', () => {
  it('round-trips a case id', () => {
    const id = '0b6c5f0e-1111-4222-8333-444455556666';
    expect(casePagePath(id)).toBe(`/centres/cases/${id}`);
    expect(caseIdFromPath(`${casePagePath(id)}/`)).toBe(id);
  });

  it('is null for the board and for deeper paths', () => {
    expect(caseIdFromPath('/centres/board')).toBeNull();
    expect(caseIdFromPath('/centres/cases/')).toBeNull();
    expect(caseIdFromPath('/centres/cases/a/b')).toBeNull();
  });
});
