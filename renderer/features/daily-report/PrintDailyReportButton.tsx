import { Button, Space } from 'antd';
import type { DailyReportData } from '../../../shared/documents/reports/daily-report-data';
import type { PrintableDocument } from '../printing/print-pipeline';
import { PrintOutcomeLine } from '../printing/PrintOutcomeLine';
import { usePrintPipeline } from '../printing/use-print-pipeline';

/**
 * The 日报表 as the print pipeline takes it: copies counted per hall day, not per case (a
 * second copy is 第2份, not a 补打: the day's figures may have changed), no 文书编号.
 */
function dailyReportDocument(report: DailyReportData): PrintableDocument<'daily-report'> {
  return {
    kind: 'daily-report',
    title: '日报表',
    logKey: `daily-report:${report.hall.code}:${report.date}`,
    data: ({ printedAt }) => ({ ...report, printedAt }),
    fileName: (copyNumber) => `日报表-${report.hall.code}-${report.date}${copyNumber > 1 ? `-第${copyNumber}份` : ''}.pdf`,
  };
}

export function PrintDailyReportButton({ report }: { report: DailyReportData }) {
  const printing = usePrintPipeline();
  return (
    <Space>
      {printing.modal}
      <Button
        type="primary"
        loading={printing.busy}
        onClick={() => void printing.print(() => dailyReportDocument(report))}
        data-testid="print-daily-report"
      >
        打印日报表
      </Button>
      <PrintOutcomeLine outcome={printing.outcome} testId="print-result-daily-report" />
    </Space>
  );
}
