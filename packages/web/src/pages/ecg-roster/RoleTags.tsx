import type { ShiftRole } from '@gesang/domain';
import { Tag } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Tag colour of each duty (the same in the week grid's bars, see ecg-roster.css). */
export const roleColors: Record<ShiftRole, string> = {
  primary: 'blue',
  backup: 'gold',
  coordinator: 'green',
};

/**
 * A shift's duty as tags: primary / backup reader or coordinator, and "on-call cardiologist".
 * @example <RoleTags role="backup" onCall />
 */
export function RoleTags({ role, onCall }: { role: ShiftRole; onCall: boolean }): ReactElement {
  const { t } = useTranslation();
  return (
    <span className="gesang-roster-tags">
      <Tag color={roleColors[role]} data-role={role}>
        {t(`ecgRoster.roles.${role}`)}
      </Tag>
      {onCall && (
        <Tag color="red" data-testid="on-call-tag">
          {t('ecgRoster.onCallShort')}
        </Tag>
      )}
    </span>
  );
}
