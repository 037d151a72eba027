/**
 * The printer every document goes to without a dialog. The list comes from the host: CUPS
 * queues in browser mode, the OS printers in Electron. A saved printer that is no longer
 * listed stays selectable, so a printer that is merely off today is not silently dropped.
 */
import { Alert, Button, Card, Select, Space, Typography, App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { PrinterList } from '../../../shared/bridge/print-channels';
import { bridge, unwrap } from '../../bridge/bridge';

/** Select cannot hold null; '' stands for 系统默认打印机. */
const SYSTEM_DEFAULT = '';

export function PrinterSettingsCard({ saved }: { saved: string | null }) {
  const { message } = App.useApp();
  const [printers, setPrinters] = useState<PrinterList['printers'] | null>(null);
  const [chosen, setChosen] = useState<string>(saved ?? SYSTEM_DEFAULT);
  const [stored, setStored] = useState<string | null>(saved);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setError(null);
    try {
      setPrinters(unwrap(await bridge().listPrinters({})).printers);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setPrinters([]);
    }
  }, []);

  useEffect(() => void refresh(), [refresh]);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const view = unwrap(await bridge().savePrinter({ printer: chosen === SYSTEM_DEFAULT ? null : chosen }));
      setStored(view.printer);
      void message.success('打印机设置已保存');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const listed = printers ?? [];
  const options = [
    { value: SYSTEM_DEFAULT, label: '系统默认打印机' },
    ...listed.map((printer) => ({ value: printer.name, label: printer.isDefault ? `${printer.description}（默认）` : printer.description })),
    ...(stored && !listed.some((printer) => printer.name === stored) ? [{ value: stored, label: `${stored}（当前未连接）` }] : []),
  ];

  return (
    <Card title="打印机" data-testid="printer-settings">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {printers !== null && printers.length === 0 && (
        <Alert type="warning" showIcon message="未找到打印机：文书将保存为 PDF 文件，可稍后手动打印。" style={{ marginBottom: 16 }} />
      )}
      <Space direction="vertical" size={8}>
        <Space wrap>
          <Select id="printer" aria-label="打印机" style={{ width: 320 }} loading={printers === null} value={chosen} onChange={setChosen} options={options} />
          <Button onClick={() => void refresh()}>刷新列表</Button>
          <Button type="primary" loading={busy} disabled={chosen === (stored ?? SYSTEM_DEFAULT)} onClick={() => void save()}>
            保存打印机
          </Button>
        </Space>
        <Typography.Text type="secondary">打印时不再弹出对话框，文书直接发送到所选打印机。</Typography.Text>
      </Space>
    </Card>
  );
}
