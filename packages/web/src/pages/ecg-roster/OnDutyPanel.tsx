import type { OnDuty, OnDutyPerson, Organisation } from '@gesang/domain';
import { Button, Card, Col, Row, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { orgName } from '../../orgs/org-tree.js';
import { RoleTags } from './RoleTags.js';
import { rosterOrgName } from './roster-text.js';
import { shiftEnd } from './roster-time.js';

/** Props of {@link OnDutyPanel}. */
export interface OnDutyPanelProps {
  onDuty: OnDuty;
  /** Organisations routed to each target (from the coverage answer), by target id. */
  sources: ReadonlyMap<string, readonly string[]>;
  byId: ReadonlyMap<string, Organisation>;
  /** The organisation whose week is shown below (its card is marked). */
  chosenOrgId: string | null;
  onChoose: (orgId: string) => void;
}

/** "until 20:00", "until 08:00 tomorrow" or "until 03-07 08:00". */
function UntilText(props: { person: OnDutyPerson; at: string; timeZone: string }): ReactElement {
  const { person, at, timeZone } = props;
  const { t } = useTranslation();
  const end = shiftEnd(person.endsAt, at, timeZone);
  const text =
    end.dayOffset <= 0
      ? t('ecgRoster.until', { time: end.time })
      : end.dayOffset === 1
        ? t('ecgRoster.untilTomorrow', { time: end.time })
        : t('ecgRoster.untilLater', { date: end.date.slice(5), time: end.time });
  return <span className="gesang-roster-until">{text}</span>;
}

/**
 * Who is on duty now at each routing target the user may look at — a hub's readers and on-call
 * cardiologist, a reading centre's readers and coordinator — until when, and which organisations
 * send their ECGs there. Choosing a card shows that organisation's week below.
 */
export function OnDutyPanel(props: OnDutyPanelProps): ReactElement {
  const { onDuty, sources, byId, chosenOrgId, onChoose } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const named = onDuty.items.map((item) => ({
    ...item,
    name: rosterOrgName(item.orgName, locale),
  }));
  // Rostered targets as cards, hubs first; the others (duty not tracked) on one line below.
  const kept = named
    .filter((item) => item.rosterKept)
    .sort(
      (a, b) =>
        Number(b.tier === 'hub') - Number(a.tier === 'hub') ||
        a.name.text.localeCompare(b.name.text, locale),
    );
  const untracked = named.filter((item) => !item.rosterKept);
  return (
    <div className="gesang-roster-duty" data-testid="on-duty-panel">
      <Row gutter={[12, 12]}>
        {kept.map((item) => {
          const from = (sources.get(item.orgId) ?? []).map((id) => orgName(byId, id, locale));
          const chosen = item.orgId === chosenOrgId;
          return (
            <Col key={item.orgId} xs={24} md={12} xl={8}>
              <Card
                size="small"
                hoverable={!chosen}
                onClick={() => onChoose(item.orgId)}
                className={`gesang-roster-duty-card${chosen ? ' gesang-roster-chosen' : ''}`}
                data-testid={`on-duty-card-${item.orgId}`}
                title={
                  <span className="gesang-roster-card-title">
                    <span lang={item.name.lang}>{item.name.text}</span>
                    <Tag color={item.tier === 'hub' ? 'blue' : 'purple'}>
                      {t(`ecgRoster.tiers.${item.tier}`)}
                    </Tag>
                  </span>
                }
              >
                {item.people.length === 0 ? (
                  <Typography.Text type="danger" strong data-testid="on-duty-nobody">
                    {t('ecgRoster.nobodyOnDuty')}
                  </Typography.Text>
                ) : (
                  <ul className="gesang-roster-people">
                    {item.people.map((person) => (
                      <li key={person.shiftId} data-testid={`on-duty-person-${person.user.id}`}>
                        <span className="gesang-roster-person">{person.user.displayName}</span>
                        <RoleTags role={person.role} onCall={person.onCallCardiologist} />
                        <UntilText person={person} at={onDuty.at} timeZone={onDuty.timeZone} />
                      </li>
                    ))}
                  </ul>
                )}
                <div className="gesang-roster-sources">
                  {from.length === 0
                    ? t('ecgRoster.noSourcesShort')
                    : t('ecgRoster.sourcesShort', {
                        names: from.join(t('ecgRoster.listSeparator')),
                      })}
                </div>
              </Card>
            </Col>
          );
        })}
      </Row>
      {untracked.length > 0 && (
        <div className="gesang-roster-untracked" data-testid="on-duty-untracked">
          <Typography.Text type="secondary">{t('ecgRoster.noRoster')}</Typography.Text>
          {untracked.map((item) => (
            <Button
              key={item.orgId}
              type="link"
              size="small"
              onClick={() => onChoose(item.orgId)}
              data-testid={`on-duty-untracked-${item.orgId}`}
            >
              <span lang={item.name.lang}>{item.name.text}</span>
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
