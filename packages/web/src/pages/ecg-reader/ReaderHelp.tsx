import { Modal, Table, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../ecg-viewer/shortcuts.js';
import { READER_SHORTCUTS, type ReaderPageKind } from './reader-keys.js';

/** Props of {@link ReaderHelp}. */
export interface ReaderHelpProps {
  page: ReaderPageKind;
  open: boolean;
  onClose: () => void;
}

interface Row {
  id: string;
  keys: readonly string[];
  what: string;
}

const keysCell = (row: Row): ReactElement => (
  <>
    {row.keys.map((key) => (
      <Typography.Text key={key} keyboard>
        {key}
      </Typography.Text>
    ))}
  </>
);

/**
 * The `?` overlay: the reader's shortcuts for this page and, on the study page, the viewer's
 * (layouts, zoom, speed, gain, calipers), in the UI language.
 */
export function ReaderHelp({ page, open, onClose }: ReaderHelpProps): ReactElement {
  const { t } = useTranslation();
  const reader: Row[] = READER_SHORTCUTS.filter((s) => s.pages.includes(page)).map((s) => {
    const command = s.command;
    return {
      id: command,
      keys: s.keys,
      // The comparison with earlier ECGs brought its own strings (ecgPatient).
      what:
        command === 'compare-prior' ? t('ecgPatient.prior.key') : t(`ecgReader.keys.${command}`),
    };
  });
  const viewer: Row[] =
    page === 'study'
      ? SHORTCUTS.filter((s) => s.id !== 'help').map((s) => ({
          id: s.id,
          keys: s.keys,
          what: t(`ecgViewer.keys.${s.id}`),
        }))
      : [];
  const table = (rows: Row[], testId: string): ReactElement => (
    <Table<Row>
      data-testid={testId}
      size="small"
      rowKey="id"
      pagination={false}
      showHeader={false}
      dataSource={rows}
      columns={[
        { key: 'keys', width: 170, render: (_: unknown, row) => keysCell(row) },
        { key: 'what', dataIndex: 'what' },
      ]}
    />
  );
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('ecgReader.help')} width={620}>
      <Typography.Title level={5}>{t('ecgReader.helpReader')}</Typography.Title>
      {table(reader, 'reader-shortcut-help')}
      {viewer.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('ecgReader.helpViewer')}
          </Typography.Title>
          {table(viewer, 'reader-viewer-shortcut-help')}
        </>
      )}
    </Modal>
  );
}
