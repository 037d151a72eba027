import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import type { CaseRecord } from '../../data/db';
import { useWorkstation } from '../../app/workstation-context';
import { printReceipt } from './print-receipt';

export function PrintReceiptButton({ record, type }: { record: CaseRecord; type?: ButtonProps['type'] }) {
  const workstation = useWorkstation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const print = async () => {
    setBusy(true);
    try {
      const result = await printReceipt(record, workstation);
      if (result.outcome === 'printed') {
        message.success(`受理回执已发送到打印机“${result.printer}”（任务 ${result.jobId ?? '—'}）`);
      } else {
        message.info(`未找到可用打印机，受理回执已保存：${result.savedPath}`);
      }
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button type={type} loading={busy} onClick={() => void print()}>
      打印受理回执
    </Button>
  );
}
