import { normalizePinyin } from '@gesang/domain';
import { pinyin } from 'pinyin-pro';

/** Separators inside transliterated names (格桑·次仁): each part becomes its own word. */
const nameSeparators = /[\s·•‧・.-]+/u;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Groups syllables into words the way names are romanised (GB/T 16159: surname and given name
 * apart). Most names here are Tibetan written in Chinese, which have no surname: a two-character
 * name is one word (卓玛 → Zhuoma) and four characters are two names (次仁卓玛 → Ciren Zhuoma).
 * Three characters are read as a Han surname and given name (王小明 → Wang Xiaoming); longer
 * names are grouped in pairs, the last word taking an odd one out. Departure from GB/T 16159: a
 * two-character Han name (王芳) comes out as one word, 'Wangfang'; pass namePinyin to override.
 */
function groupSyllables(syllables: string[]): string[] {
  const n = syllables.length;
  if (n <= 2) {
    return [syllables.join('')];
  }
  if (n === 3) {
    return [syllables[0] ?? '', syllables.slice(1).join('')];
  }
  const words: string[] = [];
  for (let i = 0; i < n; i += 2) {
    words.push(syllables.slice(i, n - i === 3 ? n : i + 2).join(''));
    if (n - i === 3) {
      break;
    }
  }
  return words;
}

/**
 * Toneless pinyin for a Chinese name, capitalised per word, via pinyin-pro (no surname mode: most
 * names here are Tibetan, where 单增 reads Danzeng, not Shanzeng).
 * @param nameZh the name in Chinese characters (1–100 characters); non-Han characters pass through.
 * @returns e.g. 'Ciren Zhuoma', or null when nothing romanisable remains.
 * @example pinyinOfChineseName('次仁卓玛') // 'Ciren Zhuoma'
 */
export function pinyinOfChineseName(nameZh: string): string | null {
  const parts = nameZh.split(nameSeparators).filter((p) => p !== '');
  const words = parts.flatMap((part) => {
    const syllables = pinyin(part, { toneType: 'none', type: 'array' })
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
    return parts.length === 1 ? groupSyllables(syllables) : [syllables.join('')];
  });
  const result = words
    .filter((w) => w !== '')
    .map(capitalise)
    .join(' ');
  return result === '' ? null : result;
}

/**
 * The matching key stored in `patients.pinyin_key`.
 * @param namePinyin pinyin with or without tones and spaces, or null.
 * @returns normalizePinyin(namePinyin), or null when that is empty.
 * @example pinyinKeyOf('Cì rén Zhuō mǎ') // 'cirenzhuoma'
 */
export function pinyinKeyOf(namePinyin: string | null): string | null {
  if (namePinyin === null) {
    return null;
  }
  const key = normalizePinyin(namePinyin);
  return key === '' ? null : key;
}

/**
 * Levenshtein distance over Unicode code points (so one Chinese character counts one), stopping
 * early once it exceeds `max`.
 * @param a first string.
 * @param b second string.
 * @param max the largest distance of interest (≥ 0); larger distances return `max + 1`.
 * @example editDistance('zhuoma', 'zhuomu', 1) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) {
    return max + 1;
  }
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) {
      return max + 1;
    }
    previous = current;
  }
  return Math.min(previous[t.length] ?? 0, max + 1);
}
