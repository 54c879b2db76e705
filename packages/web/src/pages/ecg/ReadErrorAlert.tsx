import { Alert, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadFailure } from './read-local-files.js';

/** The message key for each reader error code. */
const TITLE_KEY = {
  'not-ecg': 'notEcg',
  truncated: 'truncated',
  'bad-header': 'badHeader',
  'bad-data': 'badData',
  unsupported: 'unsupported',
  'missing-file': 'missingFile',
  'too-large': 'tooLarge',
  unknown: 'unknown',
} as const;

/**
 * Why a file cannot be shown: the reason in the UI language, then the reader's own sentence
 * (which says what the file looked like, e.g. "a PNG image") with the byte offset and field.
 */
export function ReadErrorAlert({
  name,
  failure,
}: {
  name: string;
  failure: ReadFailure;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      data-testid="ecg-read-error"
      data-code={failure.code}
      title={`${t('ecgPreview.errors.title')}: ${name}`}
      description={
        <>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {t(`ecgPreview.errors.${TITLE_KEY[failure.code]}`)}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }} lang="en">
            {failure.message}
            {failure.byteOffset !== undefined &&
              ` · ${t('ecgPreview.errors.offset', { offset: failure.byteOffset })}`}
            {failure.field !== undefined &&
              ` · ${t('ecgPreview.errors.field', { field: failure.field })}`}
          </Typography.Paragraph>
        </>
      }
    />
  );
}
