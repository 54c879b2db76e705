import { describe, expect, it } from 'vitest';
import { localize } from './localized.js';
import { permissionsOf, rolePermissions, roles } from './roles.js';

describe('roles', () => {
  it('every role has permissions and only patients lack org:read', () => {
    for (const role of roles) {
      expect(rolePermissions[role].length).toBeGreaterThan(0);
      expect(rolePermissions[role].includes('org:read')).toBe(role !== 'patient');
    }
  });

  it('no clinical role manages users; a reader cannot write patients', () => {
    for (const role of [
      'ecg_technician',
      'county_doctor',
      'ecg_reader',
      'chest_pain_coordinator',
      'consult_specialist',
    ] as const) {
      expect(permissionsOf([role]).has('user:manage')).toBe(false);
    }
    expect(permissionsOf(['ecg_reader']).has('patient:write')).toBe(false);
  });

  it('permissions of several roles are their union', () => {
    const both = permissionsOf(['ecg_reader', 'org_admin']);
    expect(both.has('ecg:report')).toBe(true);
    expect(both.has('user:manage')).toBe(true);
  });
});

describe('localize', () => {
  const name = {
    zh: '拉孜县人民医院',
    en: "Lhatse County People's Hospital",
    bo: 'ལྷ་རྩེ་རྫོང་མི་དམངས་སྨན་ཁང་།',
  };
  it('picks the locale and falls back to Chinese when Tibetan is missing', () => {
    expect(localize(name, 'en')).toBe(name.en);
    expect(localize(name, 'bo')).toBe(name.bo);
    expect(localize({ zh: name.zh, en: name.en }, 'bo')).toBe(name.zh);
    expect(localize(name, 'zh-CN')).toBe(name.zh);
  });
});
