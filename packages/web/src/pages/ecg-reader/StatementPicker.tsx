import type { Locale } from '@gesang/domain';
import { statementCatalogue } from '@gesang/ecg-signal';
import { Select, type RefSelectProps } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { searchStatements, statementUrgency } from './statement-search.js';

/** Props of {@link StatementPicker}. */
export interface StatementPickerProps {
  /** Codes already in the report (shown, but not offered again). */
  present: ReadonlySet<string>;
  onPick: (code: string) => void;
  disabled?: boolean;
  /** Changes each time the picker should take the focus (the `A` shortcut). */
  focusSignal: number;
}

/** The other two languages to show under the UI language's text, so any wording is recognised. */
const SECONDARY: Record<Locale, readonly ('zh' | 'en' | 'bo')[]> = {
  'zh-CN': ['en', 'bo'],
  en: ['zh', 'bo'],
  bo: ['zh', 'en'],
};
const PRIMARY = { 'zh-CN': 'zh', en: 'en', bo: 'bo' } as const;
const URGENCY_CLASS = { critical: 'critical', urgent: 'urgent', routine: '' } as const;

/**
 * Adds a coded statement: a search box over the engine's catalogue matching Chinese, English,
 * Tibetan, the code and common abbreviations; Enter (or a click) adds the highlighted statement.
 */
export function StatementPicker(props: StatementPickerProps): ReactElement {
  const { present, onPick, disabled = false, focusSignal } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const [search, setSearch] = useState('');
  const ref = useRef<RefSelectProps>(null);

  useEffect(() => {
    if (focusSignal > 0) {
      ref.current?.focus();
    }
  }, [focusSignal]);

  const options = useMemo(
    () =>
      searchStatements(search).map((code) => {
        const { text } = statementCatalogue[code];
        const urgency = URGENCY_CLASS[statementUrgency(code)];
        return {
          value: code,
          disabled: present.has(code),
          label: (
            <div className="gesang-reader-option" data-testid={`statement-option-${code}`}>
              <span
                className={`gesang-reader-option-main ${urgency === '' ? '' : `gesang-reader-${urgency}`}`}
                lang={locale === 'bo' ? 'bo' : undefined}
              >
                {text[PRIMARY[locale]]}
              </span>
              <span className="gesang-reader-option-code">{code}</span>
              <span className="gesang-reader-option-other">
                {SECONDARY[locale].map((field) => (
                  <span key={field} lang={field === 'bo' ? 'bo' : undefined}>
                    {text[field]}
                  </span>
                ))}
              </span>
            </div>
          ),
        };
      }),
    [search, present, locale],
  );

  return (
    <Select<string | null>
      ref={ref}
      className="gesang-reader-picker"
      data-testid="statement-picker"
      value={null}
      placeholder={t('ecgReader.report.addStatement')}
      disabled={disabled}
      options={options}
      showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
      onSelect={(code) => {
        if (code !== null) {
          onPick(code);
          setSearch('');
        }
      }}
      notFoundContent={t('ecgReader.report.noMatch')}
      listHeight={320}
      style={{ width: '100%' }}
    />
  );
}
