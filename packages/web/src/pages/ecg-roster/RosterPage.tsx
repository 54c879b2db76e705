import type { Shift } from '@gesang/domain';
import { Alert, App, Empty, Select, Spin, Tag, Typography } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { deleteShift } from '../../api/roster.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { useOrgs } from '../../orgs/use-orgs.js';
import { useCan, useSignedInSession } from '../../session/session-context.js';
import { OnDutyPanel } from './OnDutyPanel.js';
import { canEditRoster } from './roster-access.js';
import { rosterOrgName, zoneLabel } from './roster-text.js';
import { daysBetween, timeOfMinute, zonedPosition } from './roster-time.js';
import { RoutingCard } from './RoutingCard.js';
import { newShiftValues } from './new-shift.js';
import { formValues } from './shift-form.js';
import { ShiftEditor, type EditorTarget } from './ShiftEditor.js';
import { ShiftTable } from './ShiftTable.js';
import { useRoster } from './use-roster.js';
import { WeekPanel } from './WeekPanel.js';
import './ecg-roster.css';

/**
 * The readers' duty roster and routing (issue 5, item 4). For everyone who reads ECGs or runs a
 * reading organisation: who is on duty now at each routing target and which counties route
 * there; one organisation's week as a grid with the hours nobody covers in red; its shifts; and
 * the counties whose ECGs come to it. Administrators of that organisation add, edit and delete
 * shifts (the server enforces it; a refusal is shown as such) and see the coverage update.
 */
export function RosterPage(): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const session = useSignedInSession();
  const { orgs, byId } = useOrgs();
  const canManageGrants = useCan('grant:manage');
  const locale = currentLocale();
  const [week, setWeek] = useState<string | undefined>(undefined);
  const [picked, setPicked] = useState<string | null>(null);
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const roster = useRoster(week, picked ?? session.activeOrgId);
  const onDuty = roster.onDuty.data;
  const coverage = roster.coverage.data;
  const target = coverage?.targets.find((x) => x.orgId === roster.orgId);
  const timeZone = coverage?.timeZone ?? onDuty?.timeZone ?? 'Asia/Shanghai';
  const now = zonedPosition(onDuty?.at ?? new Date().toISOString(), timeZone);
  const todayIndex = coverage === null ? -1 : daysBetween(coverage.weekStart, now.date);
  const today = todayIndex >= 0 && todayIndex < 7 ? todayIndex : null;
  const canEdit = target !== undefined && canEditRoster(session, orgs, target.orgId);
  const shiftsError = roster.shifts.error;
  const shiftsHidden = shiftsError instanceof ApiError && shiftsError.status === 403;
  const name = target === undefined ? null : rosterOrgName(target.orgName, locale);
  const loadError =
    roster.coverage.error ?? roster.onDuty.error ?? (shiftsHidden ? null : shiftsError);

  const refused = (error: unknown): string =>
    error instanceof ApiError && error.status === 403
      ? t('ecgRoster.forbidden', { org: name?.text ?? '' })
      : errorText(error);
  const remove = (shift: Shift): void => {
    setProblem(null);
    deleteShift(shift.id)
      .then(() => {
        message.success(t('ecgRoster.deleted'));
        roster.reload();
      })
      .catch((error: unknown) => setProblem(refused(error)));
  };
  const open = (next: EditorTarget): void => {
    setProblem(null);
    setEditor(next);
  };
  const editing =
    canEdit && coverage !== null && target !== undefined
      ? {
          onAdd: () => open({ mode: 'create', initial: newShiftValues(coverage.weekStart, today) }),
          onEdit: (shift: Shift) =>
            open({ mode: 'edit', shift, initial: formValues(shift, coverage.weekStart) }),
          onDelete: remove,
          onGap: (day: number, hour: number) =>
            open({
              mode: 'create',
              initial: newShiftValues(coverage.weekStart, day, { hour, target }),
            }),
        }
      : undefined;

  return (
    <div className="gesang-roster" data-testid="roster-page" data-can-edit={canEdit}>
      <Typography.Title level={3}>{t('ecgRoster.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('ecgRoster.intro', { zone: zoneLabel(t, timeZone) })}
      </Typography.Paragraph>
      {loadError !== null && <Alert type="error" showIcon title={errorText(loadError)} />}
      {problem !== null && (
        <Alert
          type="error"
          showIcon
          closable
          title={problem}
          data-testid="roster-problem"
          onClose={() => setProblem(null)}
        />
      )}
      <section>
        <Typography.Title level={5}>
          {t('ecgRoster.onDutyTitle')}
          {onDuty !== null && (
            <Typography.Text type="secondary" className="gesang-roster-asof">
              {t('ecgRoster.asOf', { time: timeOfMinute(now.minute) })}
            </Typography.Text>
          )}
        </Typography.Title>
        {onDuty === null ? (
          <Spin spinning={roster.onDuty.loading} />
        ) : (
          <OnDutyPanel
            onDuty={onDuty}
            sources={new Map(coverage?.targets.map((x) => [x.orgId, x.sourceOrgIds]) ?? [])}
            byId={byId}
            chosenOrgId={roster.orgId}
            onChoose={setPicked}
          />
        )}
      </section>
      {coverage !== null && coverage.targets.length === 0 && (
        <Empty description={t('ecgRoster.empty')} />
      )}
      {target !== undefined && coverage !== null && name !== null && (
        <Spin spinning={roster.coverage.loading || roster.shifts.loading}>
          <section className="gesang-roster-org">
            <div className="gesang-roster-org-head">
              <Select
                className="gesang-roster-org-picker"
                value={target.orgId}
                onChange={setPicked}
                data-testid="roster-org-picker"
                options={coverage.targets.map((x) => {
                  const label = rosterOrgName(x.orgName, locale);
                  return { value: x.orgId, label: <span lang={label.lang}>{label.text}</span> };
                })}
              />
              <Tag color={target.tier === 'hub' ? 'blue' : 'purple'}>
                {t(`ecgRoster.tiers.${target.tier}`)}
              </Tag>
              {!canEdit && (
                <Typography.Text type="secondary" data-testid="roster-read-only">
                  {t('ecgRoster.readOnly')}
                </Typography.Text>
              )}
            </div>
            <WeekPanel
              target={target}
              weekStart={coverage.weekStart}
              shifts={shiftsHidden ? null : (roster.shifts.data ?? [])}
              today={today}
              nowMinute={now.minute}
              myUserId={session.user.id}
              onWeek={setWeek}
              onGap={editing?.onGap}
              onShift={editing?.onEdit}
            />
            {!shiftsHidden && (
              <ShiftTable
                shifts={roster.shifts.data ?? []}
                weekStart={coverage.weekStart}
                loading={roster.shifts.loading}
                myUserId={session.user.id}
                editing={editing}
              />
            )}
            <RoutingCard
              target={target}
              targetLabel={name.text}
              byId={byId}
              canManageGrants={canManageGrants}
            />
          </section>
        </Spin>
      )}
      {target !== undefined && canEdit && name !== null && (
        <ShiftEditor
          orgId={target.orgId}
          orgLabel={name.text}
          tier={target.tier}
          target={editor}
          onClose={() => setEditor(null)}
          onSaved={roster.reload}
        />
      )}
    </div>
  );
}
