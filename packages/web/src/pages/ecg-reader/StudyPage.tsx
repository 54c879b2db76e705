import { EditOutlined } from '@ant-design/icons';
import type { StudyEvent } from '@gesang/domain';
import { Alert, Button, Card, Result, Space, Spin } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/use-error-text.js';
import type { EventStreamState } from '../../hooks/use-event-stream.js';
import { navigate } from '../../router/history.js';
import { MachinePanel } from './MachinePanel.js';
import { PriorPanel } from './PriorPanel.js';
import { PriorTraceArea } from './PriorTraceArea.js';
import type { ReaderCommand } from './reader-keys.js';
import { worklistPath } from './reader-paths.js';
import { ReaderHelp } from './ReaderHelp.js';
import { ReportEditor, type FocusRequest } from './ReportEditor.js';
import { ReportVersions } from './ReportVersions.js';
import { StudyHeader } from './StudyHeader.js';
import { StudyTrace } from './StudyTrace.js';
import { useNow } from './use-now.js';
import { usePriorCompare } from './use-prior-compare.js';
import { useReaderKeys } from './use-reader-keys.js';
import { useReportDraft } from './use-report-draft.js';
import { useStudyActions, useReportVersions } from './use-study-actions.js';
import { useStudy } from './use-study.js';

/** Props of {@link StudyPage}. */
export interface StudyPageProps {
  studyId: string;
  userId: string;
  /** The latest live event (of any study): one about this study reloads it. */
  lastEvent: StudyEvent | null;
  live: EventStreamState;
  onNext: () => void;
  /** The worklist changed through this page (claim, release, sign). */
  onWorklistChanged: () => void;
}

/**
 * Reading one study: the 12-lead tracing, the machine's pre-read beside it, and the reader's
 * report — claim (C), edit statements (A, T), conclusion (E), sign (Ctrl+Enter), release (R),
 * next study (N). A signed study shows its versions and can be amended with a reason.
 */
export function StudyPage(props: StudyPageProps): ReactElement {
  const { studyId, userId, lastEvent, live, onNext, onWorklistChanged } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const nowMs = useNow();
  const { study, error, setStudy, reload } = useStudy(studyId, lastEvent);
  const prior = usePriorCompare(studyId, lastEvent);
  const report = useReportDraft(study);
  const { draft, mode, dispatch } = report;
  const [reason, setReason] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [focus, setFocus] = useState<FocusRequest>({ target: 'picker', n: 0 });

  const signed = study?.status === 'signed';
  const mine = study?.status === 'claimed' && study.claimedBy?.id === userId;
  const editable = (mine && mode === 'sign') || (signed && mode === 'amend');
  const versions = useReportVersions(studyId, study?.report?.version ?? 0);
  const { busy, claim, release, submit } = useStudyActions({
    studyId,
    editable,
    report,
    reason,
    setReason,
    setStudy,
    reload,
    onWorklistChanged,
    onIncomplete: () => setFocus((f) => ({ target: 'conclusion', n: f.n + 1 })),
  });

  const focusOn = (target: FocusRequest['target']): boolean => {
    if (!editable) {
      return false;
    }
    setFocus((f) => ({ target, n: f.n + 1 }));
    return true;
  };
  const onCommand = (command: ReaderCommand): boolean => {
    if (command === 'help') {
      setHelpOpen((open) => !open);
      return true;
    }
    if (helpOpen || busy) {
      return false;
    }
    switch (command) {
      case 'claim':
        if (study?.status !== 'analysed') {
          return false;
        }
        claim();
        return true;
      case 'release':
        if (!mine) {
          return false;
        }
        release();
        return true;
      case 'sign':
        submit();
        return true;
      case 'add-statement':
        return focusOn('picker');
      case 'add-free-text':
        return focusOn('free-text');
      case 'edit-conclusion':
        return focusOn('conclusion');
      case 'next-study':
        onNext();
        return true;
      case 'worklist':
        navigate(worklistPath);
        return true;
      case 'compare-prior':
        return prior.toggle();
      default:
        return false;
    }
  };
  useReaderKeys('study', onCommand);

  if (study === null) {
    return error === null ? (
      <Spin style={{ display: 'block', margin: 48 }} description={t('common.loading')} />
    ) : (
      <Result
        status="warning"
        title={errorText(error)}
        extra={<Button onClick={() => navigate(worklistPath)}>{t('ecgReader.study.back')}</Button>}
      />
    );
  }

  const heldByOther = study.status === 'claimed' && !mine && study.claimedBy !== null;
  return (
    <div className="gesang-reader-study" data-testid="study-page" data-status={study.status}>
      <StudyHeader
        study={study}
        userId={userId}
        nowMs={nowMs}
        live={live}
        busy={busy}
        onClaim={claim}
        onRelease={release}
        onNext={onNext}
        onHelp={() => setHelpOpen(true)}
      />
      <div className="gesang-reader-study-body">
        <div className="gesang-reader-study-trace">
          <PriorTraceArea study={study} state={prior} onHelp={() => setHelpOpen(true)}>
            <StudyTrace studyId={studyId} />
          </PriorTraceArea>
        </div>
        <div className="gesang-reader-study-side">
          {signed && mode === 'sign' && (
            <Alert
              type="success"
              showIcon
              title={t('ecgReader.study.signedBanner')}
              action={
                <Space orientation="vertical" size={4}>
                  <Button
                    type="primary"
                    size="small"
                    onClick={onNext}
                    data-testid="study-next-after-sign"
                  >
                    {t('ecgReader.next')} <span className="gesang-reader-keycap">N</span>
                  </Button>
                  {study.report !== null && (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => study.report !== null && report.startAmend(study.report)}
                      data-testid="report-amend"
                    >
                      {t('ecgReader.report.amend')}
                    </Button>
                  )}
                </Space>
              }
            />
          )}
          {study.status === 'analysed' && (
            <Alert type="info" showIcon title={t('ecgReader.study.claimFirst')} />
          )}
          {heldByOther && (
            <Alert
              type="warning"
              showIcon
              title={t('ecgReader.heldBy', { name: study.claimedBy?.displayName ?? '' })}
            />
          )}
          {draft !== null && (
            <Card
              size="small"
              title={
                mode === 'amend' ? t('ecgReader.report.amendTitle') : t('ecgReader.report.title')
              }
              className="gesang-reader-report-card"
            >
              <ReportEditor
                draft={draft}
                dispatch={dispatch}
                editable={editable}
                mode={mode}
                reason={reason}
                onReason={setReason}
                onSubmit={submit}
                {...(mode === 'amend' ? { onCancel: report.cancelAmend } : {})}
                submitting={busy}
                focus={focus}
              />
            </Card>
          )}
          {signed && versions.length > 0 && <ReportVersions versions={versions} />}
          <PriorPanel
            prior={prior.prior}
            comparingId={prior.comparingId}
            onCompare={prior.compare}
          />
          <MachinePanel study={study} />
        </div>
      </div>
      <ReaderHelp page="study" open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
