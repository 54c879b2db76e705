import { describe, expect, it } from 'vitest';
import { editDistance, pinyinKeyOf, pinyinOfChineseName } from './patient-names.js';

describe('pinyinOfChineseName', () => {
  // Expected romanisations written by hand (toneless Hanyu Pinyin, names capitalised per word).
  it.each([
    ['次仁卓玛', 'Ciren Zhuoma'],
    ['扎西顿珠', 'Zhaxi Dunzhu'],
    ['卓玛', 'Zhuoma'],
    ['王小明', 'Wang Xiaoming'],
    ['格桑·次仁', 'Gesang Ciren'],
    ['单增', 'Danzeng'],
    ['吕', 'Lü'],
  ])('%s → %s', (nameZh, expected) => {
    expect(pinyinOfChineseName(nameZh)).toBe(expected);
  });

  it('gives null when nothing is left', () => {
    expect(pinyinOfChineseName('·')).toBeNull();
  });
});

describe('pinyinKeyOf', () => {
  it('drops tones, spaces and case; ü is v', () => {
    expect(pinyinKeyOf('Cì rén Zhuō mǎ')).toBe('cirenzhuoma');
    expect(pinyinKeyOf('Lü')).toBe('lv');
    expect(pinyinKeyOf('  ')).toBeNull();
    expect(pinyinKeyOf(null)).toBeNull();
  });
});

describe('editDistance', () => {
  it.each([
    ['zhuoma', 'zhuoma', 0],
    ['zhuoma', 'zhuoga', 1],
    ['zhuoma', 'zhuom', 1],
    ['次仁卓玛', '次仁卓嘎', 1],
    ['zhuoma', 'dawa', 2],
  ])('%s ~ %s = %i (capped at 2)', (a, b, expected) => {
    expect(editDistance(a, b, 1)).toBe(Math.min(expected, 2));
  });
});
