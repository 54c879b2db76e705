/** The reader workstation's places: the worklist and one study being read. */

/** The worklist's path (the menu entry). */
export const worklistPath = '/ecg/worklist';

/** Prefix of a study's path; the study id follows it. */
export const studyPathPrefix = '/ecg/read/';

/**
 * The path that opens a study in the reader workstation.
 * @param studyId the study's id (a UUID).
 * @example studyReadPath('0b6c…') // '/ecg/read/0b6c…'
 */
export function studyReadPath(studyId: string): string {
  return `${studyPathPrefix}${encodeURIComponent(studyId)}`;
}

/**
 * The study id in a study path, or null for any other path (the worklist).
 * @param path `location.pathname`.
 * @example studyIdFromPath('/ecg/read/abc/') // 'abc'
 * @example studyIdFromPath('/ecg/worklist') // null
 */
export function studyIdFromPath(path: string): string | null {
  if (!path.startsWith(studyPathPrefix)) {
    return null;
  }
  const id = decodeURIComponent(path.slice(studyPathPrefix.length).replace(/\/+$/, ''));
  return id === '' || id.includes('/') ? null : id;
}
