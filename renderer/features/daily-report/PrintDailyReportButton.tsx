import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DailyReportData } from '../../../shared/documents/daily-report-data';
import { printLogRepo } from '../../data/print-log.repo';
import { appPdfClient } from '../../pdf/pdf-client';
import { describePrintOutcome, sendPdfToPrinter } from '../printing/send-pdf';
import { usePrintPreview } from '../printing/use-print-preview';

/** The report's print-log key: one sequence of copies per hall day, not per case. */
const reportKey = (report: DailyReportData) => `daily-report:${report.hall.code}:${report.date}`;

export function PrintDailyReportButton({ report }: { report: DailyReportData }) {
  const preview = usePrintPreview();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const print = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const printedAt = new Date().toISOString();
      const { pdf, missingGlyphs } = await appPdfClient().renderDocumentWithReport('daily-report', { ...report, printedAt });
      const caseId = reportKey(report);
      const copyNumber = await printLogRepo.nextCopyNumber(caseId, 'daily-report');
      const copy = copyNumber > 1 ? `-第${copyNumber}份` : '';
      const job = { caseId, kind: 'daily-report' as const, fileName: `日报表-${report.hall.code}-${report.date}${copy}.pdf`, pdf, copyNumber, printedAt };
      const result = await preview.open({ title: '日报表', pdf, missingGlyphs, onPrint: () => sendPdfToPrinter(job) });
      if (result) {
        const described = describePrintOutcome('日报表', result);
        setOutcome({ ok: described.kind === 'ok', text: described.text });
      }
    } catch (failure) {
      setOutcome({ ok: false, text: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space>
      {preview.modal}
      <Button type="primary" loading={busy} onClick={() => void print()} data-testid="print-daily-report">
        打印日报表
      </Button>
      {outcome && (
        <Typography.Text type={outcome.ok ? 'success' : 'danger'} data-testid="print-result-daily-report">
          {outcome.text}
        </Typography.Text>
      )}
    </Space>
  );
}
