import { LeftOutlined, QuestionCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Switch, Tooltip, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CalibrationPopover } from './CalibrationPopover.js';
import type { EcgLayout } from './layout.js';
import { PAGE_DURATION_S, pageCount } from './layout-3x4.js';
import {
  GAINS_MM_PER_MV,
  PAPER_SPEEDS_MM_PER_S,
  type GainMmPerMv,
  type PaperSpeedMmPerS,
} from './paper.js';
import type { ScaleMode, ViewerAction, ViewerSettings } from './viewer-settings.js';

/** Props of {@link ViewerToolbar}. */
export interface ViewerToolbarProps {
  settings: ViewerSettings;
  dispatch: (action: ViewerAction) => void;
  durationS: number;
  calibration: number;
  onCalibration: (calibration: number) => void;
  /** Show the touch-measuring switch (touch screens only). */
  touch: boolean;
  measureByTouch: boolean;
  onMeasureByTouch: (on: boolean) => void;
  onHelp: () => void;
}

/** Layout, paper speed, gain, filter, size and help: every control also has a key (`?`). */
export function ViewerToolbar(props: ViewerToolbarProps): ReactElement {
  const { t } = useTranslation();
  const { settings: s, dispatch } = props;
  const pages = pageCount(props.durationS);
  return (
    <Space
      wrap
      size={[12, 8]}
      data-testid="ecg-toolbar"
      role="toolbar"
      aria-label={t('ecgViewer.toolbar')}
    >
      <Segmented<EcgLayout>
        size="small"
        value={s.layout}
        data-testid="ecg-layout"
        options={[
          { value: '3x4', label: t('ecgViewer.layout3x4') },
          { value: '12x1', label: t('ecgViewer.layout12x1') },
          { value: 'single', label: t('ecgViewer.layoutSingle') },
        ]}
        onChange={(layout) =>
          dispatch(layout === 'single' ? { type: 'zoom' } : { type: 'layout', layout })
        }
      />
      {s.layout === '3x4' && pages > 1 && (
        <Space size={2}>
          <Button
            size="small"
            icon={<LeftOutlined />}
            aria-label={t('ecgViewer.previousPage')}
            disabled={s.pageStartS === 0}
            onClick={() => dispatch({ type: 'page', step: -1 })}
          />
          <Typography.Text data-testid="ecg-page">
            {t('ecgViewer.page', { from: s.pageStartS, to: s.pageStartS + PAGE_DURATION_S })}
          </Typography.Text>
          <Button
            size="small"
            icon={<RightOutlined />}
            aria-label={t('ecgViewer.nextPage')}
            disabled={s.pageStartS / PAGE_DURATION_S >= pages - 1}
            onClick={() => dispatch({ type: 'page', step: 1 })}
          />
        </Space>
      )}
      <Space size={4}>
        <Typography.Text type="secondary">{t('ecgViewer.speed')}</Typography.Text>
        <Segmented<PaperSpeedMmPerS>
          size="small"
          value={s.speedMmPerS}
          data-testid="ecg-speed"
          options={PAPER_SPEEDS_MM_PER_S.map((v) => ({ value: v, label: `${v} mm/s` }))}
          onChange={(speedMmPerS) => dispatch({ type: 'speed', speedMmPerS })}
        />
      </Space>
      <Space size={4}>
        <Typography.Text type="secondary">{t('ecgViewer.gain')}</Typography.Text>
        <Segmented<GainMmPerMv>
          size="small"
          value={s.gainMmPerMv}
          data-testid="ecg-gain"
          options={GAINS_MM_PER_MV.map((v) => ({ value: v, label: `${v} mm/mV` }))}
          onChange={(gainMmPerMv) => dispatch({ type: 'gain', gainMmPerMv })}
        />
      </Space>
      <Space size={4}>
        <Switch
          size="small"
          checked={s.filter}
          onChange={() => dispatch({ type: 'filter' })}
          data-testid="ecg-filter"
          aria-label={t('ecgViewer.filter')}
        />
        <Typography.Text>{t('ecgViewer.filter')}</Typography.Text>
      </Space>
      <Space size={4}>
        <Segmented<ScaleMode>
          size="small"
          value={s.scaleMode}
          data-testid="ecg-scale"
          options={[
            { value: 'true-size', label: t('ecgViewer.trueSize') },
            { value: 'fit-width', label: t('ecgViewer.fitWidth') },
          ]}
          onChange={(scaleMode) => dispatch({ type: 'scale', scaleMode })}
        />
        {s.scaleMode === 'true-size' && (
          <CalibrationPopover calibration={props.calibration} onChange={props.onCalibration} />
        )}
      </Space>
      {props.touch && (
        <Space size={4}>
          <Switch
            size="small"
            checked={props.measureByTouch}
            onChange={props.onMeasureByTouch}
            data-testid="ecg-measure-touch"
            aria-label={t('ecgViewer.measure')}
          />
          <Typography.Text>{t('ecgViewer.measure')}</Typography.Text>
        </Space>
      )}
      <Tooltip title={t('ecgViewer.help')}>
        <Button
          size="small"
          icon={<QuestionCircleOutlined />}
          onClick={props.onHelp}
          aria-label={t('ecgViewer.help')}
          data-testid="ecg-help"
        />
      </Tooltip>
    </Space>
  );
}
