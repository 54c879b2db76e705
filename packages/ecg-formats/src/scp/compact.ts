/**
 * Drops the properties whose value is `undefined`, so records list only what the file says.
 * @param value - a plain object
 * @returns a copy without undefined-valued properties
 * @example compact({ id: 'A1', name: undefined }) // { id: 'A1' }
 */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
