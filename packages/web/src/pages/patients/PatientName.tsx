import type { Patient } from '@gesang/domain';
import { Typography } from 'antd';
import type { ReactElement } from 'react';

/**
 * A patient's names as registered: Chinese and Tibetan (each in its own font via `lang`), pinyin
 * underneath in grey. Clinicians read whichever script they know.
 */
export function PatientName({
  patient,
}: {
  patient: Pick<Patient, 'nameZh' | 'nameBo' | 'namePinyin'>;
}): ReactElement {
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column' }}>
      <span>
        {patient.nameZh !== null && <span lang="zh-CN">{patient.nameZh}</span>}
        {patient.nameZh !== null && patient.nameBo !== null && ' · '}
        {patient.nameBo !== null && <span lang="bo">{patient.nameBo}</span>}
      </span>
      {patient.namePinyin !== null && (
        <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
          {patient.namePinyin}
        </Typography.Text>
      )}
    </span>
  );
}
