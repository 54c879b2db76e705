import { ArrowDownOutlined, ArrowUpOutlined, CloseOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Input, Tag, Tooltip } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import {
  freeTextCode,
  statementText,
  type DraftAction,
  type DraftStatement,
} from './report-draft.js';
import { isStatementCode, statementUrgency } from './statement-search.js';

/** Props of {@link StatementRow}. */
export interface StatementRowProps {
  statement: DraftStatement;
  index: number;
  count: number;
  editable: boolean;
  dispatch: (action: DraftAction) => void;
  /** Focus this row's text box on mount (a free text just added). */
  autoFocus: boolean;
}

/**
 * One statement of the report: its text (the reader's wording or the catalogue's), its code, a
 * "machine" mark while it is the machine's unchanged statement, and buttons to reword, move and
 * remove it. Free text is a text box.
 */
export function StatementRow(props: StatementRowProps): ReactElement {
  const { statement: s, index, count, editable, dispatch, autoFocus } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const [editing, setEditing] = useState<string | null>(null);
  const free = s.code === freeTextCode;
  const urgency = isStatementCode(s.code) ? statementUrgency(s.code) : 'routine';
  const testId = free ? `report-statement-free-${index}` : `report-statement-${s.code}`;

  const commit = (): void => {
    if (editing !== null) {
      dispatch({ type: 'edit', key: s.key, text: editing });
      setEditing(null);
    }
  };

  let body: ReactElement;
  if (free) {
    body = (
      <Input.TextArea
        autoSize={{ minRows: 1, maxRows: 4 }}
        value={s.text ?? ''}
        placeholder={t('ecgReader.report.freeTextPlaceholder')}
        disabled={!editable}
        autoFocus={autoFocus}
        onChange={(e) => dispatch({ type: 'edit', key: s.key, text: e.target.value })}
        data-testid={`${testId}-text`}
        maxLength={1000}
      />
    );
  } else if (editing !== null) {
    body = (
      <Input
        size="small"
        autoFocus
        value={editing}
        onChange={(e) => setEditing(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.stopPropagation();
            setEditing(null);
          }
        }}
        data-testid={`${testId}-edit-input`}
        maxLength={1000}
      />
    );
  } else {
    body = (
      <span className={`gesang-reader-statement-text gesang-reader-${urgency}`}>
        {statementText(s, locale)}
        {s.text !== undefined && s.text.trim() !== '' && (
          <Tag className="gesang-reader-edited">{t('ecgReader.report.edited')}</Tag>
        )}
      </span>
    );
  }

  return (
    <li className="gesang-reader-statement" data-testid={testId}>
      <span className="gesang-reader-statement-index">{index + 1}.</span>
      <div className="gesang-reader-statement-body">
        {s.fromMachine && (
          <Tooltip title={t('ecgReader.report.fromMachineHint')}>
            <Tag color="blue" className="gesang-reader-machine-mark">
              {t('ecgReader.machineMark')}
            </Tag>
          </Tooltip>
        )}
        {free && <Tag>{t('ecgReader.report.freeText')}</Tag>}
        {body}
        {!free && <span className="gesang-reader-option-code">{s.code}</span>}
      </div>
      {editable && (
        <span className="gesang-reader-statement-actions">
          {!free && editing === null && (
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              aria-label={t('ecgReader.report.reword')}
              title={t('ecgReader.report.reword')}
              onClick={() => setEditing(statementText(s, locale))}
              data-testid={`${testId}-edit`}
            />
          )}
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            aria-label={t('ecgReader.report.moveUp')}
            disabled={index === 0}
            onClick={() => dispatch({ type: 'move', key: s.key, step: -1 })}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            aria-label={t('ecgReader.report.moveDown')}
            disabled={index === count - 1}
            onClick={() => dispatch({ type: 'move', key: s.key, step: 1 })}
          />
          <Button
            size="small"
            type="text"
            danger
            icon={<CloseOutlined />}
            aria-label={t('common.remove')}
            title={t('common.remove')}
            onClick={() => dispatch({ type: 'remove', key: s.key })}
            data-testid={`${testId}-remove`}
          />
        </span>
      )}
    </li>
  );
}
