import { caseAttributesSchema } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { attributeChanges, attributeFields, describeAttribute } from './attribute-fields.js';

describe('describeAttribute', () => {
  it('reads choices, yes/no and bounded numbers from the schema', () => {
    expect(describeAttribute('reperfusion')).toEqual({
      key: 'reperfusion',
      kind: 'choice',
      options: ['primary_pci', 'lysis', 'transfer_for_pci', 'none'],
    });
    expect(describeAttribute('bypassEd')).toEqual({ key: 'bypassEd', kind: 'yes_no' });
    expect(describeAttribute('iss')).toEqual({
      key: 'iss',
      kind: 'number',
      min: 0,
      max: 75,
      integer: true,
    });
    expect(describeAttribute('gestationalAgeWeeks')).toMatchObject({
      min: 20,
      max: 45,
      integer: false,
    });
  });

  it('answers null for a key the schema does not have', () => {
    expect(describeAttribute('troponinNgL')).toBeNull();
  });
});

describe('attributeFields', () => {
  it('chest pain asks for the platform’s items, diagnosis first, no other centre’s', () => {
    const keys = attributeFields('chest_pain').map((f) => f.key);
    expect(keys[0]).toBe('diagnosis');
    expect(keys).toEqual(
      expect.arrayContaining(['arrivalMode', 'reperfusion', 'remoteEcgTransmitted', 'outcome']),
    );
    expect(keys).not.toContain('strokeType');
    expect(keys).not.toContain('birthWeightG');
  });

  it('puts every attribute of the schema on some centre’s form', () => {
    const shown = new Set(
      (['chest_pain', 'stroke', 'trauma', 'maternal', 'neonatal'] as const).flatMap((c) =>
        attributeFields(c).map((f) => f.key),
      ),
    );
    for (const key of Object.keys(caseAttributesSchema.shape)) {
      expect(shown.has(key) || describeAttribute(key) === null, key).toBe(true);
    }
  });
});

describe('attributeChanges', () => {
  it('sets what changed and removes what was emptied', () => {
    expect(
      attributeChanges(
        { diagnosis: 'ua', outcome: 'survived', bypassEd: false },
        { diagnosis: 'stemi', outcome: null, bypassEd: false, reperfusion: null },
      ),
    ).toEqual({ set: { diagnosis: 'stemi' }, remove: ['outcome'] });
  });
});
