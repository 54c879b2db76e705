import { CheckOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Space, Typography } from 'antd';
import { useEffect, useRef, useState, type ComponentRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import {
  conclusionFromStatements,
  freeTextCode,
  nextStatementKey,
  type DraftAction,
  type ReportDraft,
} from './report-draft.js';
import { StatementPicker } from './StatementPicker.js';
import { StatementRow } from './StatementRow.js';

/** Where a shortcut asks the focus to go; `n` changes on every request. */
export interface FocusRequest {
  target: 'picker' | 'free-text' | 'conclusion';
  n: number;
}

/** Props of {@link ReportEditor}. */
export interface ReportEditorProps {
  draft: ReportDraft;
  dispatch: (action: DraftAction) => void;
  /** False until the reader holds the study (the draft is shown, not editable). */
  editable: boolean;
  mode: 'sign' | 'amend';
  /** The amendment's reason (amend mode). */
  reason: string;
  onReason: (reason: string) => void;
  onSubmit: () => void;
  onCancel?: () => void;
  submitting: boolean;
  focus: FocusRequest;
}

/**
 * The reader's report: coded statements (prefilled from the machine, marked as such until
 * changed) that can be reworded, reordered and removed, a catalogue picker and free text to add
 * more, the conclusion, and the sign (or save amendment) button — Ctrl+Enter from anywhere.
 */
export function ReportEditor(props: ReportEditorProps): ReactElement {
  const { draft, dispatch, editable, mode, reason, onReason, onSubmit, onCancel } = props;
  const { submitting, focus } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const conclusionRef = useRef<ComponentRef<typeof Input.TextArea>>(null);
  const present = new Set(draft.statements.map((s) => s.code));
  // The free-text row just added takes the focus.
  const [newFreeTextKey, setNewFreeTextKey] = useState<string | null>(null);
  const addFreeText = (): void => {
    setNewFreeTextKey(nextStatementKey(draft));
    dispatch({ type: 'add', code: freeTextCode, text: '' });
  };
  const latestAddFreeText = useRef(addFreeText);
  useEffect(() => {
    latestAddFreeText.current = addFreeText;
  });

  useEffect(() => {
    if (focus.n === 0) {
      return;
    }
    if (focus.target === 'conclusion') {
      conclusionRef.current?.focus();
    } else if (focus.target === 'free-text') {
      latestAddFreeText.current();
    }
  }, [focus]);

  return (
    <div className="gesang-reader-report" data-testid="report-editor">
      {draft.statements.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('ecgReader.report.noStatements')}
        />
      ) : (
        <ol className="gesang-reader-statements" data-testid="report-statements">
          {draft.statements.map((s, i) => (
            <StatementRow
              key={s.key}
              statement={s}
              index={i}
              count={draft.statements.length}
              editable={editable}
              dispatch={dispatch}
              autoFocus={s.key === newFreeTextKey}
            />
          ))}
        </ol>
      )}
      {editable && (
        <div className="gesang-reader-add">
          <StatementPicker
            present={present}
            onPick={(code) => dispatch({ type: 'add', code })}
            focusSignal={focus.target === 'picker' ? focus.n : 0}
          />
          <Button icon={<PlusOutlined />} onClick={addFreeText} data-testid="report-add-free-text">
            {t('ecgReader.report.addFreeText')}
          </Button>
        </div>
      )}
      <div className="gesang-reader-conclusion-head">
        <Typography.Text strong>{t('ecgReader.report.conclusion')}</Typography.Text>
        {editable && (
          <Button
            size="small"
            type="link"
            icon={<FileTextOutlined />}
            onClick={() =>
              dispatch({
                type: 'conclusion',
                text: conclusionFromStatements(draft.statements, locale),
              })
            }
            data-testid="report-fill-conclusion"
          >
            {t('ecgReader.report.fillConclusion')}
          </Button>
        )}
      </div>
      <Input.TextArea
        ref={conclusionRef}
        value={draft.conclusion}
        onChange={(e) => dispatch({ type: 'conclusion', text: e.target.value })}
        placeholder={t('ecgReader.report.conclusionPlaceholder')}
        autoSize={{ minRows: 2, maxRows: 8 }}
        disabled={!editable}
        maxLength={4000}
        data-testid="report-conclusion"
      />
      {mode === 'amend' && (
        <label className="gesang-reader-reason">
          <Typography.Text strong>{t('ecgReader.report.reason')}</Typography.Text>
          <Input
            value={reason}
            onChange={(e) => onReason(e.target.value)}
            placeholder={t('ecgReader.report.reasonPlaceholder')}
            maxLength={1000}
            status={reason.trim() === '' ? 'warning' : undefined}
            data-testid="report-amend-reason"
          />
        </label>
      )}
      {editable && (
        <Space wrap>
          <Button
            type="primary"
            size="large"
            icon={<CheckOutlined />}
            loading={submitting}
            onClick={onSubmit}
            data-testid="report-sign"
          >
            {mode === 'sign' ? t('ecgReader.report.sign') : t('ecgReader.report.saveAmendment')}
            <span className="gesang-reader-keycap">Ctrl+Enter</span>
          </Button>
          {onCancel !== undefined && (
            <Button size="large" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Space>
      )}
    </div>
  );
}
