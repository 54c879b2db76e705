import { centres, type Centre, type CentreMetrics } from '@gesang/domain';
import { DatePicker, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { consortiumToday } from '../../format/date.js';
import { currentLocale } from '../../i18n/index.js';
import { centreName, orgName } from './names.js';

/** The dashboards' filters: centre, months (first and last day), hospital, demo or real. */
export interface MetricsFilterValues {
  centre: Centre;
  from: string;
  to: string;
  orgId: string | undefined;
  /** Undefined until the user picks: the server then chooses (real when any real case exists). */
  demo: boolean | undefined;
}

/** Props of {@link MetricsFilters}. */
export interface MetricsFiltersProps {
  values: MetricsFilterValues;
  onChange: (values: MetricsFilterValues) => void;
  /** The latest answer: organisations to offer, case counts, and which data it shows. */
  answer: CentreMetrics | null;
}

/**
 * Centre, month range, hospital and the demo/real switch (with each kind's case count). Every
 * change applies at once; on a phone the controls wrap onto their own lines.
 */
export function MetricsFilters({ values, onChange, answer }: MetricsFiltersProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const demo = values.demo ?? answer?.demo ?? false;
  return (
    <div className="gesang-cm-filters" data-testid="centre-metrics-filters">
      <Select<Centre>
        value={values.centre}
        aria-label={t('centreMetrics.centre')}
        className="gesang-cm-centre"
        options={centres.map((c) => ({ value: c, label: centreName(c, locale) }))}
        onChange={(centre) => onChange({ ...values, centre })}
        data-testid="centre-metrics-centre"
      />
      <DatePicker.RangePicker
        picker="month"
        allowClear={false}
        aria-label={t('centreMetrics.period')}
        value={[dayjs(values.from), dayjs(values.to)]}
        disabledDate={(d) => d.isAfter(consortiumToday(), 'month')}
        onChange={(range) => {
          const [start, end] = range ?? [];
          if (start && end) {
            const last = end.endOf('month');
            const today = consortiumToday();
            onChange({
              ...values,
              from: start.startOf('month').format('YYYY-MM-DD'),
              to: (last.isAfter(today) ? today : last).format('YYYY-MM-DD'),
            });
          }
        }}
        className="gesang-cm-months"
        data-testid="centre-metrics-months"
      />
      <Select<string>
        value={values.orgId ?? 'all'}
        aria-label={t('centreMetrics.org')}
        className="gesang-cm-org"
        popupMatchSelectWidth={false}
        options={[
          { value: 'all', label: t('centreMetrics.allOrgs') },
          ...(answer?.orgs ?? []).map((o) => ({ value: o.id, label: orgName(o.name, locale) })),
        ]}
        onChange={(orgId) => onChange({ ...values, orgId: orgId === 'all' ? undefined : orgId })}
        data-testid="centre-metrics-org"
      />
      <Segmented<'real' | 'demo'>
        value={demo ? 'demo' : 'real'}
        aria-label={t('centreMetrics.dataSource')}
        options={[
          { value: 'real', label: t('centreMetrics.real', { count: answer?.available.real ?? 0 }) },
          { value: 'demo', label: t('centreMetrics.demo', { count: answer?.available.demo ?? 0 }) },
        ]}
        onChange={(value) => onChange({ ...values, demo: value === 'demo' })}
        data-testid="centre-metrics-source"
      />
    </div>
  );
}
