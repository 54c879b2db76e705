import type { EcgTriageLevel } from '@gesang/domain';
import { Tag } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

const COLOR: Record<EcgTriageLevel, string> = {
  critical: 'red',
  urgent: 'orange',
  routine: 'default',
};

/** The machine's triage level as a coloured tag (critical red, urgent orange, routine grey). */
export function TriageTag({ level }: { level: EcgTriageLevel | null }): ReactElement {
  const { t } = useTranslation();
  if (level === null) {
    return <Tag>—</Tag>;
  }
  return (
    <Tag
      color={COLOR[level]}
      variant={level === 'critical' ? 'solid' : 'filled'}
      className="gesang-reader-triage"
      data-testid={`triage-${level}`}
    >
      {t(`ecgPreview.triageLevels.${level}`)}
    </Tag>
  );
}
