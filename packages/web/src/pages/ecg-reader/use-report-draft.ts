import type { ReportVersion, Study } from '@gesang/domain';
import { useCallback, useEffect, useState } from 'react';
import { clearDraft, loadDraft, saveDraft } from './draft-storage.js';
import {
  applyDraftAction,
  draftFromMachine,
  draftFromReport,
  machineDone,
  type DraftAction,
  type ReportDraft,
} from './report-draft.js';

/** The draft being written and what can be done with it. */
export interface ReportDraftState {
  /** Null before the study is loaded. */
  draft: ReportDraft | null;
  /** Signing version 1, or amending the latest version. */
  mode: 'sign' | 'amend';
  dispatch: (action: DraftAction) => void;
  /** Start amending from a signed version (or the amendment draft kept in this tab). */
  startAmend: (latest: ReportVersion) => void;
  /** Leave amend mode, forgetting its draft. */
  cancelAmend: () => void;
  /** Forget the kept draft of the current mode (after it was signed or saved). */
  finish: () => void;
}

/**
 * The reader's draft report of one study: prefilled from the machine's statements (or from the
 * draft kept in this tab, after a reload) once the study is loaded and analysed, and kept in
 * session storage on every change.
 * @param study the study, null while loading.
 */
export function useReportDraft(study: Study | null): ReportDraftState {
  const [draft, setDraft] = useState<ReportDraft | null>(null);
  const [mode, setMode] = useState<'sign' | 'amend'>('sign');
  const studyId = study?.id ?? null;
  const signed = study?.status === 'signed';
  const analysed = study !== null && machineDone(study.status);
  const machine = study?.analysis?.statements;

  useEffect(() => {
    if (studyId !== null && analysed && !signed && draft === null) {
      setDraft(loadDraft(studyId, 'sign') ?? draftFromMachine(machine ?? []));
    }
  }, [studyId, analysed, signed, draft, machine]);

  useEffect(() => {
    if (studyId !== null && draft !== null && (mode === 'amend' || !signed)) {
      saveDraft(studyId, mode, draft);
    }
  }, [studyId, draft, mode, signed]);

  const dispatch = useCallback((action: DraftAction): void => {
    setDraft((current) => (current === null ? current : applyDraftAction(current, action)));
  }, []);

  const startAmend = useCallback(
    (latest: ReportVersion): void => {
      if (studyId !== null) {
        setDraft(loadDraft(studyId, 'amend') ?? draftFromReport(latest));
        setMode('amend');
      }
    },
    [studyId],
  );

  const cancelAmend = useCallback((): void => {
    if (studyId !== null) {
      clearDraft(studyId, 'amend');
    }
    setDraft(null);
    setMode('sign');
  }, [studyId]);

  const finish = useCallback((): void => {
    if (studyId !== null) {
      clearDraft(studyId, mode);
    }
    setDraft(null);
    setMode('sign');
  }, [studyId, mode]);

  return { draft, mode, dispatch, startAmend, cancelAmend, finish };
}
