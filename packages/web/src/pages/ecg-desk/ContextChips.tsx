import { Tag } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadContext } from './clinical-context.js';
import { formatTime } from './format-time.js';

/** The clinical context sent with a file, as small tags (nothing when none was given). */
export function ContextChips({ context }: { context: UploadContext }): ReactElement | null {
  const { t } = useTranslation();
  const tags: string[] = [];
  if (context.chestPain !== null) {
    tags.push(
      context.chestPain
        ? t('ecgDesk.context.withChestPain')
        : t('ecgDesk.context.withoutChestPain'),
    );
  }
  if (context.onsetAt !== null) {
    tags.push(t('ecgDesk.context.onsetAt', { time: formatTime(context.onsetAt) }));
  }
  if (context.firstMedicalContactAt !== null) {
    tags.push(t('ecgDesk.context.fmcAt', { time: formatTime(context.firstMedicalContactAt) }));
  }
  if (tags.length === 0) {
    return null;
  }
  return (
    <span data-testid="desk-context-chips">
      {tags.map((text) => (
        <Tag key={text} color={context.chestPain === true ? 'volcano' : undefined}>
          {text}
        </Tag>
      ))}
    </span>
  );
}
