/**
 * The draft report kept in this tab's session storage, so a reload (or a slip of the hand on the
 * back button) at 3 a.m. does not lose what the reader wrote. Cleared once signed.
 */
import type { DraftStatement, ReportDraft } from './report-draft.js';

const keyFor = (studyId: string, mode: 'sign' | 'amend'): string =>
  `gesang.ecgReader.draft.${mode}.${studyId}`;

function isStatement(value: unknown): value is DraftStatement {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const s = value as Record<string, unknown>;
  return (
    typeof s.key === 'string' &&
    typeof s.code === 'string' &&
    typeof s.fromMachine === 'boolean' &&
    (s.text === undefined || typeof s.text === 'string')
  );
}

/**
 * The stored draft of a study, or null (none, or not a draft this version understands).
 * @param studyId the study.
 * @param mode signing version 1 or amending.
 */
export function loadDraft(studyId: string, mode: 'sign' | 'amend'): ReportDraft | null {
  try {
    const raw = sessionStorage.getItem(keyFor(studyId, mode));
    const value: unknown = raw === null ? null : JSON.parse(raw);
    if (typeof value !== 'object' || value === null) {
      return null;
    }
    const d = value as Record<string, unknown>;
    return Array.isArray(d.statements) &&
      d.statements.every(isStatement) &&
      typeof d.conclusion === 'string' &&
      typeof d.nextKey === 'number'
      ? { statements: d.statements, conclusion: d.conclusion, nextKey: d.nextKey }
      : null;
  } catch {
    return null; // storage blocked or garbled: start from the machine's statements
  }
}

/** Keeps the draft (best effort: storage may be full or blocked). */
export function saveDraft(studyId: string, mode: 'sign' | 'amend', draft: ReportDraft): void {
  try {
    sessionStorage.setItem(keyFor(studyId, mode), JSON.stringify(draft));
  } catch {
    // Not kept; the draft stays on screen.
  }
}

/** Forgets the draft (after signing or cancelling an amendment). */
export function clearDraft(studyId: string, mode: 'sign' | 'amend'): void {
  try {
    sessionStorage.removeItem(keyFor(studyId, mode));
  } catch {
    // Nothing kept, nothing to forget.
  }
}
