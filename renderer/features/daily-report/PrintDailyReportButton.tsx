import { Button, Space } from 'antd';
import type { DailyReportData } from '../../../shared/documents/reports/daily-report-data';
import { printLogRepo } from '../../data/print-log.repo';
import { appPdfClient } from '../../pdf/pdf-client';
import type { RenderedPrint } from '../printing/send-pdf';
import { PrintOutcomeLine, usePreviewedPrint } from '../printing/use-previewed-print';

/** The report's print-log key: one sequence of copies per hall day, not per case. */
const reportKey = (report: DailyReportData) => `daily-report:${report.hall.code}:${report.date}`;

async function renderDailyReport(report: DailyReportData): Promise<RenderedPrint> {
  const printedAt = new Date().toISOString();
  const { pdf, missingGlyphs } = await appPdfClient().renderDocumentWithReport('daily-report', { ...report, printedAt });
  const caseId = reportKey(report);
  const copyNumber = await printLogRepo.nextCopyNumber(caseId, 'daily-report');
  const copy = copyNumber > 1 ? `-第${copyNumber}份` : '';
  return { caseId, kind: 'daily-report', fileName: `日报表-${report.hall.code}-${report.date}${copy}.pdf`, pdf, copyNumber, printedAt, missingGlyphs };
}

export function PrintDailyReportButton({ report }: { report: DailyReportData }) {
  const printing = usePreviewedPrint('日报表');
  return (
    <Space>
      {printing.modal}
      <Button type="primary" loading={printing.busy} onClick={() => void printing.run(() => renderDailyReport(report))} data-testid="print-daily-report">
        打印日报表
      </Button>
      <PrintOutcomeLine outcome={printing.outcome} testId="print-result-daily-report" />
    </Space>
  );
}
