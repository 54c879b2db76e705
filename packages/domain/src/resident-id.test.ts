import { describe, expect, it } from 'vitest';
import {
  isValidResidentId,
  normalizePinyin,
  residentIdBirthDate,
  residentIdCheckChar,
  residentIdSex,
} from './resident-id.js';

// GB 11643-1999's own example number: 11010519491231002X (Beijing Chaoyang, born 1949-12-31, woman).
const standardExample = '11010519491231002X';

describe('resident ID (GB 11643-1999)', () => {
  it("accepts the standard's example and computes its check character X", () => {
    expect(isValidResidentId(standardExample)).toBe(true);
    expect(residentIdCheckChar(standardExample.slice(0, 17))).toBe('X');
  });

  it('rejects a changed check character, a changed digit, a wrong length, an impossible date', () => {
    expect(isValidResidentId('110105194912310021')).toBe(false);
    expect(isValidResidentId('11010519491231003X')).toBe(false);
    expect(isValidResidentId('11010519491231002')).toBe(false);
    const feb30 = '11010519490230002';
    expect(isValidResidentId(feb30 + residentIdCheckChar(feb30))).toBe(false);
  });

  it('reads birth date and sex', () => {
    expect(residentIdBirthDate(standardExample)).toBe('1949-12-31');
    expect(residentIdSex(standardExample)).toBe('female');
    const man = '11010519491231001';
    expect(residentIdSex(man + residentIdCheckChar(man))).toBe('male');
  });
});

describe('normalizePinyin', () => {
  it('drops tones, spaces and case; ü becomes v', () => {
    expect(normalizePinyin('Cìrén Zhuōmǎ')).toBe('cirenzhuoma');
    expect(normalizePinyin('Lǚ')).toBe('lv');
    expect(normalizePinyin('ZHA XI')).toBe('zhaxi');
  });
});
