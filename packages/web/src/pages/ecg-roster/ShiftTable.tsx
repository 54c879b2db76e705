import { PlusOutlined } from '@ant-design/icons';
import type { Shift } from '@gesang/domain';
import { Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { RoleTags } from './RoleTags.js';
import { weekdayName } from './roster-text.js';
import { endsNextDay, groupShifts, shownShifts, weekdayRuns } from './shift-groups.js';

/** Props of {@link ShiftTable}. */
export interface ShiftTableProps {
  shifts: readonly Shift[];
  /** The shown week's Monday: one-off shifts of that week (and the Sunday before) are listed. */
  weekStart: string;
  loading: boolean;
  /** The signed-in user, whose own shifts are marked. */
  myUserId: string;
  /** Administrators: the add, edit and delete controls; absent for everyone else. */
  editing?:
    | {
        onAdd: () => void;
        onEdit: (shift: Shift) => void;
        onDelete: (shift: Shift) => void;
      }
    | undefined;
}

/** A row: one shift, or (with children) weekly shifts alike but for the weekday. */
interface Row {
  key: string;
  shift: Shift;
  weekdays: number[];
  single: boolean;
  children?: Row[];
}

/** "Every day", "Every Mon–Fri, Sun" or "2025-03-05 (once)". */
function whenText(t: TFunction, row: Row): string {
  if (row.shift.weekday === null) {
    return t('ecgRoster.oneOffOn', { date: row.shift.date ?? '' });
  }
  const runs = weekdayRuns(row.weekdays);
  if (runs.length === 1 && runs[0]?.[0] === 1 && runs[0][1] === 7) {
    return t('ecgRoster.everyDay');
  }
  const day = runs
    .map(([from, to]) =>
      from === to
        ? weekdayName(t, from - 1)
        : `${weekdayName(t, from - 1)}–${weekdayName(t, to - 1)}`,
    )
    .join(t('ecgRoster.listSeparator'));
  return t('ecgRoster.everyWeekday', { day });
}

/** "08:00–20:00", or "20:00–08:00 next day" for an overnight shift. */
function timeText(t: TFunction, shift: Shift): string {
  return endsNextDay(shift)
    ? t('ecgRoster.overnightRange', { start: shift.startTime, end: shift.endTime })
    : `${shift.startTime}–${shift.endTime}`;
}

/**
 * The shifts of the shown week: who, when, hours (an overnight shift says it ends the next day)
 * and duty. Weekly shifts alike but for the weekday share a row that opens onto the single shifts;
 * administrators edit and delete single shifts.
 */
export function ShiftTable(props: ShiftTableProps): ReactElement {
  const { shifts, weekStart, loading, myUserId, editing } = props;
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const rows: Row[] = groupShifts(shownShifts(shifts, weekStart)).map((group) => {
    const single = group.shifts.length === 1;
    return {
      key: single ? group.key : `group-${group.key}`,
      shift: group.first,
      weekdays: group.weekdays,
      single,
      ...(single
        ? {}
        : {
            children: group.shifts.map((shift) => ({
              key: shift.id,
              shift,
              weekdays: shift.weekday === null ? [] : [shift.weekday],
              single: true,
            })),
          }),
    };
  });
  const actions = (row: Row): ReactElement | null =>
    editing === undefined || (isPhone && !row.single) ? null : !row.single ? (
      <Typography.Text type="secondary" className="gesang-roster-group-hint">
        {t('ecgRoster.groupHint', { count: row.children?.length ?? 0 })}
      </Typography.Text>
    ) : (
      <Space size={0}>
        <Button
          type="link"
          size="small"
          onClick={() => editing.onEdit(row.shift)}
          data-testid={`shift-edit-${row.shift.id}`}
        >
          {t('common.edit')}
        </Button>
        <Popconfirm
          title={t('ecgRoster.deleteConfirm')}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, 'data-testid': 'shift-delete-confirm' }}
          onConfirm={() => editing.onDelete(row.shift)}
        >
          <Button type="link" size="small" danger data-testid={`shift-delete-${row.shift.id}`}>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      </Space>
    );

  return (
    <Card
      size="small"
      title={t('ecgRoster.shiftsTitle')}
      data-testid="roster-shifts"
      extra={
        editing === undefined ? undefined : (
          <Button
            type="primary"
            size="small"
            icon={<PlusOutlined />}
            onClick={editing.onAdd}
            data-testid="roster-add-shift"
          >
            {t('ecgRoster.addShift')}
          </Button>
        )
      }
    >
      <Table<Row>
        size="small"
        rowKey="key"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={isPhone ? undefined : { x: 'max-content' }}
        onRow={(row) => ({ 'data-testid': `shift-row-${row.key}` }) as object}
        locale={{ emptyText: t('ecgRoster.noShifts') }}
        columns={[
          {
            title: t('ecgRoster.columns.person'),
            key: 'person',
            render: (_: unknown, row) => (
              <>
                <span className="gesang-roster-person">{row.shift.user.displayName}</span>
                {row.shift.user.id === myUserId && (
                  <Tag className="gesang-roster-me">{t('ecgRoster.me')}</Tag>
                )}
                {isPhone && (
                  <div className="gesang-roster-phone-shift">
                    {whenText(t, row)} · {timeText(t, row.shift)}
                    <RoleTags role={row.shift.role} onCall={row.shift.onCallCardiologist} />
                    {actions(row)}
                  </div>
                )}
              </>
            ),
          },
          ...(isPhone
            ? []
            : [
                {
                  title: t('ecgRoster.columns.when'),
                  key: 'when',
                  render: (_: unknown, row: Row) => whenText(t, row),
                },
                {
                  title: t('ecgRoster.columns.time'),
                  key: 'time',
                  className: 'gesang-roster-digits',
                  render: (_: unknown, row: Row) => timeText(t, row.shift),
                },
                {
                  title: t('ecgRoster.columns.duty'),
                  key: 'duty',
                  render: (_: unknown, { shift }: Row) => (
                    <RoleTags role={shift.role} onCall={shift.onCallCardiologist} />
                  ),
                },
              ]),
          {
            title: t('ecgRoster.columns.note'),
            key: 'note',
            responsive: ['md'],
            render: (_: unknown, { shift }) => (
              <Typography.Text type="secondary">{shift.note}</Typography.Text>
            ),
          },
          ...(editing === undefined || isPhone
            ? []
            : [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, row: Row) => actions(row),
                },
              ]),
        ]}
      />
    </Card>
  );
}
