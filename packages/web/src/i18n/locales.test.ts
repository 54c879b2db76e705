import { describe, expect, it } from 'vitest';
import { bo } from './locales/bo.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

/** Every leaf of a message tree as `[dotted.key, value]`. */
function leaves(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree as Record<string, unknown>).flatMap(
    ([key, value]): [string, unknown][] =>
      typeof value === 'object' && value !== null
        ? leaves(value, `${prefix}${key}.`)
        : [[`${prefix}${key}`, value]],
  );
}

const all = { 'zh-CN': zhCN, en, bo };

describe('UI messages', () => {
  it('have the same keys in zh-CN, en and bo', () => {
    const reference = leaves(zhCN)
      .map(([key]) => key)
      .sort();
    expect(reference.length).toBeGreaterThan(100);
    expect(
      leaves(en)
        .map(([key]) => key)
        .sort(),
    ).toEqual(reference);
    expect(
      leaves(bo)
        .map(([key]) => key)
        .sort(),
    ).toEqual(reference);
  });

  it.each(Object.entries(all))('has no empty or non-string message in %s', (_locale, messages) => {
    for (const [key, value] of leaves(messages)) {
      expect(typeof value, key).toBe('string');
      expect(String(value).trim(), key).not.toBe('');
    }
  });

  it('keeps the same {{placeholders}} in every language', () => {
    const placeholders = (text: unknown): string[] =>
      [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
    const zh = new Map(leaves(zhCN));
    for (const messages of [en, bo]) {
      for (const [key, value] of leaves(messages)) {
        expect(placeholders(value), key).toEqual(placeholders(zh.get(key)));
      }
    }
  });

  it('writes Tibetan in Tibetan script', () => {
    const tibetan = /[\u0F00-\u0FFF]/;
    const own = leaves(bo).filter(([key]) => !key.startsWith('language.'));
    const inScript = own.filter(([, value]) => tibetan.test(String(value)));
    // Everything but brand names and codes (IP, ID) is in Tibetan script.
    expect(inScript.length / own.length).toBeGreaterThan(0.97);
    expect(bo.auth.signIn).toBe('ནང་འཛུལ།');
    expect(bo.language.bo).toBe('བོད་ཡིག');
  });

  it('never uses ":" in a key (i18next namespace separator)', () => {
    expect(leaves(zhCN).filter(([key]) => key.includes(':'))).toEqual([]);
  });
});
