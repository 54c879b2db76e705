import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Typography, Upload } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link DeskPicker}. */
export interface DeskPickerProps {
  onFiles: (files: File[]) => void;
  disabled: boolean;
  /** One big button instead of the drop area (phones have nothing to drag from). */
  isPhone: boolean;
}

/**
 * Pick or drop one or many ECG files. Nothing is sent by antd: the batch goes to `onFiles`,
 * which queues it.
 */
export function DeskPicker({ onFiles, disabled, isPhone }: DeskPickerProps): ReactElement {
  const { t } = useTranslation();
  const props = {
    multiple: true,
    disabled,
    showUploadList: false,
    fileList: [],
    // Called once per file with the whole batch; hand the batch over once, upload nothing here.
    beforeUpload: (file: File, batch: File[]): false => {
      if (file === batch[0]) {
        onFiles(batch);
      }
      return false;
    },
  };
  return (
    <div data-testid="desk-file-picker">
      {isPhone ? (
        <Upload {...props} style={{ display: 'block' }}>
          <Button
            type="primary"
            size="large"
            block
            icon={<CloudUploadOutlined />}
            style={{ height: 56, fontSize: 18 }}
          >
            {t('ecgDesk.pick')}
          </Button>
        </Upload>
      ) : (
        <Upload.Dragger {...props}>
          <p className="ant-upload-drag-icon">
            <CloudUploadOutlined />
          </p>
          <p className="ant-upload-text">{t('ecgDesk.drop')}</p>
          <Typography.Paragraph type="secondary" style={{ marginInline: 16, marginBottom: 0 }}>
            {t('ecgDesk.dropHint')}
          </Typography.Paragraph>
        </Upload.Dragger>
      )}
    </div>
  );
}
