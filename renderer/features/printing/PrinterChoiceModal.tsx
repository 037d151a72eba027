/**
 * Asked once, at the first print, when this computer has several printers and none is the
 * system's default: which one should the window's documents go to? The answer is kept in
 * 设置 (an administrator can change it there later).
 */
import { Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PrinterList } from '../../../shared/bridge/print-channels';

interface PrinterChoiceModalProps {
  printers: PrinterList['printers'] | null;
  onChoose(printer: string): void;
  onCancel(): void;
}

export function PrinterChoiceModal({ printers, onChoose, onCancel }: PrinterChoiceModalProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => setChosen(null), [printers]);
  return (
    <Modal
      open={printers !== null}
      title="选择打印机"
      okText="用这台打印"
      cancelText="暂不打印"
      okButtonProps={{ disabled: chosen === null }}
      onOk={() => chosen && onChoose(chosen)}
      onCancel={onCancel}
      destroyOnHidden
      data-testid="printer-choice"
    >
      <Typography.Paragraph>
        这台电脑连接了多台打印机，但没有设置默认打印机。请选择本窗口的文书打印到哪一台，以后会一直使用它（系统管理员可在“设置”中更改）。
      </Typography.Paragraph>
      <Radio.Group value={chosen} onChange={(event) => setChosen(String(event.target.value))} aria-label="打印机">
        <Space direction="vertical">
          {(printers ?? []).map((printer, index) => (
            <Radio key={printer.name} value={printer.name} autoFocus={index === 0}>
              {printer.description}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Modal>
  );
}
