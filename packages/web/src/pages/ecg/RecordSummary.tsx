import type { EcgRecord } from '@gesang/ecg-formats';
import { Card, Descriptions, type DescriptionsProps } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link RecordSummary}. */
export interface RecordSummaryProps {
  record: EcgRecord;
  fileName: string;
  fileSizeBytes: number;
  /** Shown in the card's header (the analyse button). */
  extra?: ReactNode;
}

const joined = (...parts: (string | undefined)[]): string =>
  parts.filter((p) => p !== undefined && p.trim() !== '').join(' · ');

/** What the file says: format, signal, patient, time and device, each row only when present. */
export function RecordSummary({
  record,
  fileName,
  fileSizeBytes,
  extra,
}: RecordSummaryProps): ReactElement {
  const { t } = useTranslation();
  const { patient, device, format } = record;
  const samples = record.leads[0]?.samplesUv.length ?? 0;
  const seconds = Math.round((samples / record.sampleRateHz) * 10) / 10;
  const rows: [string, string, ReactNode][] = [
    ['file', t('ecgPreview.file'), `${fileName} (${(fileSizeBytes / 1024).toFixed(1)} KB)`],
    ['format', t('ecgPreview.format'), joined(format.name, format.version, format.detail)],
    [
      'signal',
      t('ecgPreview.signal'),
      t('ecgPreview.signalValue', {
        leads: record.leads.length,
        rateHz: Math.round(record.sampleRateHz * 100) / 100,
        seconds,
      }),
    ],
    ['patient', t('ecgPreview.patient'), patient.name ?? ''],
    ['patientId', t('ecgPreview.patientId'), patient.id ?? ''],
    ['sex', t('ecgPreview.sex'), patient.sex === undefined ? '' : t(`sexes.${patient.sex}`)],
    [
      'age',
      t('ecgPreview.age'),
      patient.ageYears === undefined ? '' : t('ecgPreview.ageValue', { age: patient.ageYears }),
    ],
    ['birthDate', t('ecgPreview.birthDate'), patient.birthDate ?? ''],
    [
      'acquired',
      t('ecgPreview.acquired'),
      joined(record.acquisitionTime?.date, record.acquisitionTime?.time),
    ],
    [
      'device',
      t('ecgPreview.device'),
      joined(device.manufacturer, device.model, device.serialNumber, device.softwareVersion),
    ],
    ['institution', t('ecgPreview.institution'), device.institution ?? ''],
  ];
  const items: DescriptionsProps['items'] = rows
    .filter(([, , value]) => value !== '')
    .map(([key, label, children]) => ({ key, label, children }));
  return (
    <Card size="small" title={fileName} extra={extra} data-testid="ecg-record-summary">
      <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 4 }} items={items} />
    </Card>
  );
}
