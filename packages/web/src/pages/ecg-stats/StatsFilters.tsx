import { ecgTriageLevels, type EcgTriageLevel } from '@gesang/domain';
import { DatePicker, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { presetPeriod, type PeriodPreset } from './stats-format.js';

/** The page's filters: a period of days (both included) and a triage level or all. */
export interface StatsFilterValues {
  from: string;
  to: string;
  triage: EcgTriageLevel | undefined;
}

const presets: PeriodPreset[] = ['month', 'quarter', 'year'];

/** Which quick choice the period is, if it is one. */
function matchingPreset(values: StatsFilterValues): PeriodPreset | undefined {
  return presets.find((p) => {
    const [from, to] = presetPeriod(p);
    return from === values.from && to === values.to;
  });
}

/**
 * Period (quick choices, or first and last day) and triage level. Every change applies at once.
 * On a phone the controls wrap onto their own lines; each date picker opens one month.
 */
export function StatsFilters({
  values,
  onChange,
}: {
  values: StatsFilterValues;
  onChange: (values: StatsFilterValues) => void;
}): ReactElement {
  const { t } = useTranslation();
  const preset = matchingPreset(values);
  return (
    <div className="gesang-stats-filters" data-testid="stats-filters">
      {/* No choice is lit when the dates were picked by hand. */}
      <Segmented<PeriodPreset | ''>
        value={preset ?? ''}
        options={presets.map((p) => ({ value: p, label: t(`ecgStats.presets.${p}`) }))}
        onChange={(value) => {
          if (value !== '') {
            const [from, to] = presetPeriod(value);
            onChange({ ...values, from, to });
          }
        }}
        data-testid="stats-presets"
      />
      <div className="gesang-stats-dates">
        <DatePicker
          value={dayjs(values.from)}
          allowClear={false}
          aria-label={t('ecgStats.from')}
          placeholder={t('ecgStats.from')}
          disabledDate={(d) => d.isAfter(dayjs(values.to), 'day')}
          onChange={(d) => d !== null && onChange({ ...values, from: d.format('YYYY-MM-DD') })}
          data-testid="stats-from"
        />
        <span aria-hidden>–</span>
        <DatePicker
          value={dayjs(values.to)}
          allowClear={false}
          aria-label={t('ecgStats.to')}
          placeholder={t('ecgStats.to')}
          disabledDate={(d) => d.isBefore(dayjs(values.from), 'day')}
          onChange={(d) => d !== null && onChange({ ...values, to: d.format('YYYY-MM-DD') })}
          data-testid="stats-to"
        />
      </div>
      <Select<EcgTriageLevel | 'all'>
        value={values.triage ?? 'all'}
        aria-label={t('ecgStats.triage')}
        className="gesang-stats-triage"
        options={[
          { value: 'all', label: `${t('ecgStats.triage')}: ${t('ecgStats.allLevels')}` },
          ...ecgTriageLevels.map((level) => ({
            value: level,
            label: `${t('ecgStats.triage')}: ${t(`ecgPreview.triageLevels.${level}`)}`,
          })),
        ]}
        onChange={(value) => onChange({ ...values, triage: value === 'all' ? undefined : value })}
        data-testid="stats-triage"
      />
    </div>
  );
}
