import { Button, Space, type ButtonProps } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { printLogRepo } from '../../data/print-log.repo';
import type { CaseRecord } from '../../data/db';
import { useWorkstation } from '../../workstation/workstation-context';
import { PrintOutcomeLine } from '../printing/PrintOutcomeLine';
import { usePrintPipeline } from '../printing/use-print-pipeline';
import { receiptDocument } from './receipt-document';

/**
 * 打印受理回执 (补打 once printed): the receipt through the print pipeline; says, in place,
 * where it went (a toast would vanish mid-queue).
 */
export function PrintReceiptButton({ record, type, autoFocus }: { record: CaseRecord; type?: ButtonProps['type']; autoFocus?: boolean }) {
  const workstation = useWorkstation();
  const printing = usePrintPipeline();
  const printed = (useLiveQuery(() => printLogRepo.forCase(record.caseId), [record.caseId]) ?? []).some(
    (entry) => entry.kind === 'receipt',
  );

  const print = () => printing.print(() => receiptDocument(record, workstation));

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
