/** 日报表 to Excel; exceljs is loaded only when a report is exported. */
import { Button } from 'antd';
import { useState } from 'react';
import type { DailyReportData } from '../../../shared/documents/reports/daily-report-data';
import { dailyReportFileName, dailyReportSheets } from '../../../shared/export/daily-report-sheets';

export function ExportDailyReportButton({ report }: { report: DailyReportData }) {
  const [busy, setBusy] = useState(false);
  const exportReport = async () => {
    setBusy(true);
    try {
      const { downloadWorkbook, workbookBytes } = await import('../export/xlsx-sheet');
      downloadWorkbook(await workbookBytes(dailyReportSheets(report)), dailyReportFileName(report));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button loading={busy} onClick={() => void exportReport()} data-testid="export-daily-report">
      导出Excel
    </Button>
  );
}
