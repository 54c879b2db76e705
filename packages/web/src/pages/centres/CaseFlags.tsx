import { WarningOutlined } from '@ant-design/icons';
import type { CaseFlag, Centre } from '@gesang/domain';
import { Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { flagText } from './centre-text.js';

/** Props of {@link CaseFlags}. */
export interface CaseFlagsProps {
  centre: Centre;
  flags: readonly CaseFlag[];
}

/**
 * The case's review flags explained (events out of order, first ECG more than an hour after first
 * contact …). They never change the recorded times; they tell the coordinator what to check.
 */
export function CaseFlags({ centre, flags }: CaseFlagsProps): ReactElement | null {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (flags.length === 0) {
    return null;
  }
  return (
    <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }} data-testid="case-flags">
      {flags.map((flag) => (
        <li
          key={`${flag.code}:${flag.events.join('>')}`}
          data-testid={`case-flag-${flag.code}`}
          style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}
        >
          <WarningOutlined style={{ color: '#d46b08' }} />
          <Typography.Text>{flagText(t, centre, flag, locale)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}
