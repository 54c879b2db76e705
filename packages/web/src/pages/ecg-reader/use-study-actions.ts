import type { ReportVersion, Study } from '@gesang/domain';
import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  amendStudy,
  claimStudy,
  fetchReportVersions,
  releaseStudy,
  signStudy,
} from '../../api/ecg-reader.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { navigate } from '../../router/history.js';
import { worklistPath } from './reader-paths.js';
import { draftProblems, signBody } from './report-draft.js';
import type { ReportDraftState } from './use-report-draft.js';

/** What the study page's actions need. */
export interface StudyActionsInput {
  studyId: string;
  /** The draft can be signed (or the amendment saved) now. */
  editable: boolean;
  report: ReportDraftState;
  /** The amendment's reason. */
  reason: string;
  setReason: (reason: string) => void;
  setStudy: (study: Study) => void;
  reload: () => void;
  onWorklistChanged: () => void;
  /** The draft cannot be signed yet (the message is shown): put the focus where it is missing. */
  onIncomplete: () => void;
}

/** The study page's actions; one runs at a time. */
export interface StudyActions {
  busy: boolean;
  claim: () => void;
  release: () => void;
  /** Sign version 1, or save the amendment with its reason. */
  submit: () => void;
}

/**
 * Claim, release (back to the worklist), sign and amend, each with its message; a failure is
 * shown in the UI language and the study reloaded (another reader may have been quicker).
 */
export function useStudyActions(input: StudyActionsInput): StudyActions {
  const { studyId, editable, report, reason, setReason, setStudy, reload } = input;
  const { onWorklistChanged, onIncomplete } = input;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (action: () => Promise<void>): Promise<void> => {
      setBusy(true);
      try {
        await action();
      } catch (failure) {
        void message.error(errorText(failure));
        reload();
      } finally {
        setBusy(false);
      }
    },
    [message, errorText, reload],
  );

  const claim = (): void =>
    void run(async () => {
      await claimStudy(studyId);
      reload();
      onWorklistChanged();
    });

  const release = (): void =>
    void run(async () => {
      await releaseStudy(studyId);
      onWorklistChanged();
      void message.info(t('ecgReader.released'));
      navigate(worklistPath);
    });

  const submit = (): void => {
    const { draft, mode } = report;
    if (draft === null || !editable || busy) {
      return;
    }
    const [problem] = draftProblems(draft);
    if (problem !== undefined || (mode === 'amend' && reason.trim() === '')) {
      void message.error(t(`ecgReader.report.problems.${problem ?? 'no-reason'}`));
      onIncomplete();
      return;
    }
    void run(async () => {
      const body = signBody(draft);
      const next =
        mode === 'sign'
          ? await signStudy(studyId, body)
          : await amendStudy(studyId, { ...body, reason: reason.trim() });
      report.finish();
      setStudy(next);
      setReason('');
      onWorklistChanged();
      void message.success(
        mode === 'sign'
          ? t('ecgReader.signed')
          : t('ecgReader.amended', { version: next.report?.version ?? 0 }),
      );
    });
  };

  return { busy, claim, release, submit };
}

/**
 * Every signed version of a study's report, newest first; fetched once signed and again after
 * each amendment.
 * @param studyId the study.
 * @param latestVersion the latest version number (0 before signing).
 */
export function useReportVersions(studyId: string, latestVersion: number): ReportVersion[] {
  const [versions, setVersions] = useState<ReportVersion[]>([]);
  useEffect(() => {
    if (latestVersion > 0) {
      fetchReportVersions(studyId)
        .then(({ items }) => setVersions(items))
        .catch(() => setVersions([]));
    }
  }, [studyId, latestVersion]);
  return versions;
}
