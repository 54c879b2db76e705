import { Modal, Table, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, type Shortcut } from './shortcuts.js';

/** Props of {@link ShortcutHelp}. */
export interface ShortcutHelpProps {
  open: boolean;
  onClose: () => void;
}

/** The `?` overlay: every viewer shortcut and what it does, in the UI language. */
export function ShortcutHelp({ open, onClose }: ShortcutHelpProps): ReactElement {
  const { t } = useTranslation();
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('ecgViewer.help')} width={560}>
      <Table<Shortcut>
        data-testid="ecg-shortcut-help"
        size="small"
        rowKey="id"
        pagination={false}
        showHeader={false}
        dataSource={[...SHORTCUTS]}
        columns={[
          {
            key: 'keys',
            width: 150,
            render: (_: unknown, s) =>
              s.keys.map((key) => (
                <Typography.Text key={key} keyboard>
                  {key}
                </Typography.Text>
              )),
          },
          { key: 'what', render: (_: unknown, s) => t(`ecgViewer.keys.${s.id}`) },
        ]}
      />
    </Modal>
  );
}
