/** The coordinator's places: the live board and one case. */

/** The live board's path (the menu entry). */
export const boardPath = '/centres/board';

/** Prefix of a case's path; the case id follows it. */
export const casePathPrefix = '/centres/cases/';

/**
 * The path of one case's page.
 * @param caseId the case's id (a UUID).
 * @example casePagePath('0b6c…') // '/centres/cases/0b6c…'
 */
export function casePagePath(caseId: string): string {
  return `${casePathPrefix}${encodeURIComponent(caseId)}`;
}

/**
 * The case id in a case path, or null for any other path (the board).
 * @param path `location.pathname`.
 * @example caseIdFromPath('/centres/cases/abc/') // 'abc'
 * @example caseIdFromPath('/centres/board') // null
 */
export function caseIdFromPath(path: string): string | null {
  if (!path.startsWith(casePathPrefix)) {
    return null;
  }
  const id = decodeURIComponent(path.slice(casePathPrefix.length).replace(/\/+$/, ''));
  return id === '' || id.includes('/') ? null : id;
}
