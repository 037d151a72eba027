/**
 * The printer every document goes to without a dialog, explained in plain words. The list
 * comes from the host: CUPS queues in browser mode, the OS printers in Electron. 自动选择
 * (nothing stored) follows the host's rule (electron/handlers/printer-choice.ts), and the
 * card says where a print would go right now. A saved printer that is no longer listed stays
 * selectable, so a printer that is merely off today is not silently dropped.
 */
import { Alert, Button, Card, Select, Space, Typography, App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { PRINTS_FOLDER_LABEL, type PrintDestination, type PrinterList } from '../../../shared/bridge/print-channels';
import { bridge, unwrap } from '../../bridge/bridge';

/** Select cannot hold null; '' stands for 自动选择. */
const AUTOMATIC = '';

const AUTOMATIC_MEANS =
  '自动选择：打印到这台电脑的默认打印机；没有默认打印机时，如果只连接了一台就用这一台；连接了多台时，第一次打印会请您选一台，以后都用它。';
const FIXED_MEANS = '文书总是打印到所选的这台打印机。它关机或脱机时，打印会失败并提示您，文书仍会保存在“打印文件”文件夹中。';

/** Where a print goes now, in the clerk's words. */
function destinationText(destination: PrintDestination): string {
  if (destination.kind === 'none') return `这台电脑还没有连接打印机：文书只保存到“${PRINTS_FOLDER_LABEL}”文件夹，可以稍后打印。`;
  if (destination.kind === 'choose') return '这台电脑连接了多台打印机，没有默认打印机：第一次打印时会请您选择。';
  const name = destination.printer ? `“${destination.printer}”` : '系统的默认打印机';
  const why = { chosen: '（已选定）', 'system-default': '（系统默认打印机）', 'only-printer': '（这台电脑唯一的打印机）' }[
    destination.source
  ];
  return `现在打印会送到${name}${why}。`;
}

export function PrinterSettingsCard({ saved }: { saved: string | null }) {
  const { message } = App.useApp();
  const [printers, setPrinters] = useState<PrinterList['printers'] | null>(null);
  const [destination, setDestination] = useState<PrintDestination | null>(null);
  const [chosen, setChosen] = useState<string>(saved ?? AUTOMATIC);
  const [stored, setStored] = useState<string | null>(saved);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setError(null);
    try {
      setPrinters(unwrap(await bridge().listPrinters({})).printers);
      setDestination(unwrap(await bridge().printDestination({})));
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
      const view = unwrap(await bridge().savePrinter({ printer: chosen === AUTOMATIC ? null : chosen }));
      setStored(view.printer);
      void message.success('打印机设置已保存');
      await refresh();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const listed = printers ?? [];
  const options = [
    { value: AUTOMATIC, label: '自动选择（推荐）' },
    ...listed.map((printer) => ({
      value: printer.name,
      label: printer.isDefault ? `${printer.description}（系统默认）` : printer.description,
    })),
    ...(stored && !listed.some((printer) => printer.name === stored) ? [{ value: stored, label: `${stored}（当前未连接）` }] : []),
  ];

  return (
    <Card title="打印机" data-testid="printer-settings">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Space direction="vertical" size={8}>
        <Space wrap>
          <Select
            id="printer"
            aria-label="打印机"
            style={{ width: 320 }}
            loading={printers === null}
            value={chosen}
            onChange={setChosen}
            options={options}
          />
          <Button onClick={() => void refresh()}>刷新列表</Button>
          <Button type="primary" loading={busy} disabled={chosen === (stored ?? AUTOMATIC)} onClick={() => void save()}>
            保存打印机
          </Button>
        </Space>
        <Typography.Text data-testid="printer-choice-meaning">{chosen === AUTOMATIC ? AUTOMATIC_MEANS : FIXED_MEANS}</Typography.Text>
        {destination && (
          <Typography.Text type={destination.kind === 'none' ? 'warning' : 'secondary'} data-testid="printer-destination">
            {destinationText(destination)}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">
          打印时不弹出对话框，先在屏幕上预览，确认后直接送到打印机；每份文书同时保存在“{PRINTS_FOLDER_LABEL}”文件夹中。
        </Typography.Text>
      </Space>
    </Card>
  );
}
