import type { Organisation } from '@gesang/domain';
import { Card, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { orgName } from '../../orgs/org-tree.js';
import { Link } from '../../router/Link.js';
import type { CoverageTarget } from './gap-map.js';

/** Props of {@link RoutingCard}. */
export interface RoutingCardProps {
  target: CoverageTarget;
  /** The target's name in the user's language. */
  targetLabel: string;
  byId: ReadonlyMap<string, Organisation>;
  /** The user may open the organisations page (where the `ecg` grants are managed). */
  canManageGrants: boolean;
}

/**
 * Routing, read-only: the organisations whose ECGs come to this one (its active `ecg` grants).
 * Every on-duty reader here sees a new study at once; the grants are managed on the organisations
 * page, which this card links to.
 */
export function RoutingCard({
  target,
  targetLabel,
  byId,
  canManageGrants,
}: RoutingCardProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const sources = target.sourceOrgIds
    .map((id) => ({ id, name: orgName(byId, id, locale), kind: byId.get(id)?.kind }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <Card size="small" title={t('ecgRoster.routingTitle')} data-testid="roster-routing">
      <Typography.Paragraph>
        {t(`ecgRoster.routingIntro.${target.tier}`, { org: targetLabel })}
      </Typography.Paragraph>
      {sources.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('ecgRoster.routingNone')}</Typography.Paragraph>
      ) : (
        <ul className="gesang-roster-sources-list">
          {sources.map((s) => (
            <li key={s.id} data-testid={`routing-source-${s.id}`}>
              {s.name}
              {s.kind !== undefined && (
                <Typography.Text type="secondary"> · {t(`orgKinds.${s.kind}`)}</Typography.Text>
              )}
            </li>
          ))}
        </ul>
      )}
      <Typography.Paragraph type="secondary" className="gesang-roster-note">
        {canManageGrants ? (
          <Link href="/admin/organisations" data-testid="roster-routing-manage">
            {t('ecgRoster.routingManage')}
          </Link>
        ) : (
          t('ecgRoster.routingManagedBy')
        )}
      </Typography.Paragraph>
    </Card>
  );
}
