import { FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Upload, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link FilePicker}. */
export interface FilePickerProps {
  /** A small button instead of the drop area (once a file is shown). */
  compact: boolean;
  /** The files picked or dropped together. */
  onFiles: (files: File[]) => void;
}

/**
 * Pick or drop local files. Nothing is uploaded: the files go to `onFiles` and are read in the
 * browser. Several files may be picked at once (a WFDB record is a `.hea` and its `.dat`).
 */
export function FilePicker({ compact, onFiles }: FilePickerProps): ReactElement {
  const { t } = useTranslation();
  const props = {
    multiple: true,
    showUploadList: false,
    fileList: [],
    // Called once per file with the whole batch; hand the batch over once, upload nothing.
    beforeUpload: (file: File, batch: File[]): false => {
      if (file === batch[0]) {
        onFiles(batch);
      }
      return false;
    },
  };
  if (compact) {
    return (
      <span data-testid="ecg-file-picker">
        <Upload {...props}>
          <Button icon={<FolderOpenOutlined />}>{t('ecgPreview.openAnother')}</Button>
        </Upload>
      </span>
    );
  }
  return (
    <div data-testid="ecg-file-picker">
      <Upload.Dragger {...props}>
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('ecgPreview.drop')}</p>
        <Typography.Paragraph type="secondary" style={{ marginInline: 16 }}>
          {t('ecgPreview.dropHint')}
        </Typography.Paragraph>
      </Upload.Dragger>
    </div>
  );
}
