/**
 * Chinese resident identity card numbers (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check
 * character (0–9 or X). Digits 7–14 are the birth date; digit 17 is odd for men, even for women.
 */

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

/**
 * True when `value` is an 18-character resident ID with a correct check character and a real date.
 * @example isValidResidentId('11010519491231002X') // true (the standard's own example)
 */
export function isValidResidentId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(value[i]) * (weights[i] ?? 0);
  }
  if (checkChars[sum % 11] !== value[17]) {
    return false;
  }
  return residentIdBirthDate(value) !== null;
}

/** The birth date (YYYY-MM-DD) encoded in a resident ID, or null when it is not a real date. */
export function residentIdBirthDate(value: string): string | null {
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return value.slice(6, 10) + '-' + value.slice(10, 12) + '-' + value.slice(12, 14);
}

/** The sex encoded in a resident ID (digit 17: odd male, even female). */
export function residentIdSex(value: string): 'male' | 'female' {
  return Number(value[16]) % 2 === 1 ? 'male' : 'female';
}

/**
 * Normalise pinyin for matching: lower case, tone marks and spaces removed, ü as v.
 * @example normalizePinyin('Zhā Xī') // 'zhaxi'
 */
export function normalizePinyin(value: string): string {
  return value
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * The check character for the first 17 digits of a resident ID.
 * @example residentIdCheckChar('11010519491231002') // 'X'
 */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * (weights[i] ?? 0);
  }
  return checkChars[sum % 11] ?? '';
}
