import { Button, Space, type ButtonProps } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { printLogRepo } from '../../data/print-log.repo';
import type { CaseRecord } from '../../data/db';
import { useWorkstation } from '../../workstation/workstation-context';
import { PrintOutcomeLine, usePreviewedPrint } from '../printing/use-previewed-print';
import { renderReceipt } from './print-receipt';

/**
 * Renders the receipt, shows it in the print preview, and prints it when the clerk confirms;
 * says, in place, where it went (a toast would vanish mid-queue).
 */
export function PrintReceiptButton({ record, type, autoFocus }: { record: CaseRecord; type?: ButtonProps['type']; autoFocus?: boolean }) {
  const workstation = useWorkstation();
  const printing = usePreviewedPrint('受理回执');
  const printed = (useLiveQuery(() => printLogRepo.forCase(record.caseId), [record.caseId]) ?? []).some((entry) => entry.kind === 'receipt');

  const print = () => printing.run(() => renderReceipt(record, workstation));

  return (
    <Space direction="vertical" size={4}>
      {printing.modal}
      <Button type={type} autoFocus={autoFocus} data-shortcut="print" loading={printing.busy} onClick={() => void print()}>
        {printed ? '补打受理回执' : '打印受理回执'}
      </Button>
      <PrintOutcomeLine outcome={printing.outcome} testId="print-result" />
    </Space>
  );
}
