import { describe, expect, it } from 'vitest';
import { statementCatalogue, statementCodes } from './catalogue.js';

describe('statement catalogue', () => {
  it('defines every code once, with text in all three languages', () => {
    expect(Object.keys(statementCatalogue).sort()).toEqual([...statementCodes].sort());
    for (const code of statementCodes) {
      const { text } = statementCatalogue[code];
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en.length).toBeGreaterThan(3);
      expect(text.bo).toMatch(/[\u0f00-\u0fff]/);
    }
  });

  it('uses SNOMED CT ids that look like SCTIDs and never reuses one', () => {
    const ids = statementCodes
      .map((c) => statementCatalogue[c].snomedCt)
      .filter((id) => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^\d{6,18}$/);
    }
  });

  it('maps the Challenge label codes used for scoring (from shared/data/ecg/labels)', () => {
    // Values copied from dx_mapping_scored.csv / dx_mapping_unscored.csv.
    expect(statementCatalogue.atrial_fibrillation.snomedCt).toBe('164889003');
    expect(statementCatalogue.av_block_first_degree.snomedCt).toBe('270492004');
    expect(statementCatalogue.av_block_third_degree.snomedCt).toBe('27885002');
    expect(statementCatalogue.st_elevation.snomedCt).toBe('164931005');
  });
});
