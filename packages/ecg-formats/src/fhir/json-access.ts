/**
 * Defensive access to parsed JSON of unknown shape: each helper returns undefined instead of
 * throwing when the value is not what was asked for.
 */

/** A JSON object (not an array, not null). */
export type JsonObject = Readonly<Record<string, unknown>>;

/**
 * `value` when it is a JSON object.
 * @example jsonObject({ a: 1 }) // { a: 1 }
 */
export function jsonObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/**
 * `value` when it is an array; an empty array when absent.
 * @example jsonArray(undefined) // []
 */
export function jsonArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * `value` when it is a string.
 * @example jsonString(3) // undefined
 */
export function jsonString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * `value` when it is a finite number.
 * @example jsonNumber('3') // undefined
 */
export function jsonNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
