import { ColumnWidthOutlined } from '@ant-design/icons';
import { Button, InputNumber, Popover, Space, Typography } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { cssPxPerMm } from './paper.js';
import {
  CALIBRATION_BAR_MM,
  calibrationFromMeasurement,
  saveScreenCalibration,
} from './screen-calibration.js';

/** Props of {@link CalibrationPopover}. */
export interface CalibrationPopoverProps {
  /** The factor in use (1 = nominal CSS millimetres). */
  calibration: number;
  onChange: (calibration: number) => void;
}

const MIN_MM = CALIBRATION_BAR_MM / 4;
const MAX_MM = CALIBRATION_BAR_MM * 4;

/**
 * Screen calibration: shows a bar of nominally 50 mm; the reader types what a ruler says, and
 * the factor is saved on this device so 25 mm/s is true on this screen.
 */
export function CalibrationPopover({
  calibration,
  onChange,
}: CalibrationPopoverProps): ReactElement {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [measuredMm, setMeasuredMm] = useState<number | null>(null);
  const factor = measuredMm === null ? undefined : calibrationFromMeasurement(measuredMm);
  const apply = (value: number): void => {
    saveScreenCalibration(value);
    onChange(value);
    setOpen(false);
    setMeasuredMm(null);
  };
  const content = (
    <Space orientation="vertical" style={{ maxWidth: 340 }}>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('ecgViewer.calibrateIntro', { nominal: CALIBRATION_BAR_MM })}
      </Typography.Paragraph>
      <div
        data-testid="ecg-calibration-bar"
        style={{
          width: CALIBRATION_BAR_MM * cssPxPerMm(calibration),
          height: 8,
          background: '#111',
        }}
      />
      <Space wrap>
        <InputNumber<number>
          min={MIN_MM}
          max={MAX_MM}
          step={0.5}
          value={measuredMm}
          onChange={(value) => setMeasuredMm(value)}
          placeholder={t('ecgViewer.calibrateMeasured')}
          style={{ width: 180 }}
          data-testid="ecg-calibration-input"
        />
        <Button
          type="primary"
          disabled={factor === undefined}
          onClick={() => factor !== undefined && apply(factor * calibration)}
        >
          {t('common.ok')}
        </Button>
        <Button onClick={() => apply(1)}>{t('ecgViewer.calibrateReset')}</Button>
      </Space>
      {measuredMm !== null && factor === undefined && (
        <Typography.Text type="danger">
          {t('ecgViewer.calibrateInvalid', { min: MIN_MM, max: MAX_MM })}
        </Typography.Text>
      )}
    </Space>
  );
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      content={content}
      title={t('ecgViewer.calibrate')}
    >
      <Button
        size="small"
        icon={<ColumnWidthOutlined />}
        aria-label={t('ecgViewer.calibrate')}
        title={t('ecgViewer.calibrate')}
        data-testid="ecg-calibrate"
      />
    </Popover>
  );
}
