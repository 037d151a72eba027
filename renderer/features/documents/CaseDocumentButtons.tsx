/**
 * A print button for each document this case has at this window (告知书, 不予受理通知书,
 * 材料接收清单, 办结通知书), each going through the print pipeline and saying in place where
 * its last copy went.
 */
import { Button, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { DOCUMENT_KIND_NAMES } from '../../../shared/documents/document-registry';
import { useWorkstation } from '../../workstation/workstation-context';
import type { CaseRecord } from '../../data/db';
import { printLogRepo } from '../../data/print-log.repo';
import { PrintOutcomeLine } from '../printing/PrintOutcomeLine';
import { usePrintPipeline } from '../printing/use-print-pipeline';
import { documentsFor, type CaseDocumentKind } from './case-documents';
import { caseDocument } from './case-document';

export function CaseDocumentButtons({ record, primary }: { record: CaseRecord; primary?: CaseDocumentKind }) {
  const kinds = documentsFor(record);
  if (kinds.length === 0) return null;
  return (
    <Space wrap align="start" data-testid="case-documents">
      {kinds.map((kind) => (
        <PrintDocumentButton key={kind} record={record} kind={kind} primary={kind === primary} />
      ))}
    </Space>
  );
}

function PrintDocumentButton({ record, kind, primary }: { record: CaseRecord; kind: CaseDocumentKind; primary: boolean }) {
  const workstation = useWorkstation();
  const name = DOCUMENT_KIND_NAMES[kind];
  const printing = usePrintPipeline();
  const printed = (useLiveQuery(() => printLogRepo.forCase(record.caseId), [record.caseId]) ?? []).some((entry) => entry.kind === kind);

  const print = () => printing.print(() => caseDocument(record, kind, workstation));

  return (
    <Space direction="vertical" size={4}>
      {printing.modal}
      <Button
        type={primary ? 'primary' : 'default'}
        autoFocus={primary}
        data-shortcut={primary ? 'print' : undefined}
        loading={printing.busy}
        onClick={() => void print()}
        data-testid={`print-${kind}`}
      >
        {printed ? `补打${name}` : `打印${name}`}
      </Button>
      <PrintOutcomeLine outcome={printing.outcome} testId={`print-result-${kind}`} />
    </Space>
  );
}
