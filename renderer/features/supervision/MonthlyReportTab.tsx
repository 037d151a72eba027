/**
 * 月报表: the hall's month from the hub (per matter, per 收件窗口, 按时办结率, 超期, 好差评),
 * exported as .xlsx or as a PDF from the same document pipeline as the 日报表.
 */
import { Alert, App, Button, DatePicker, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { onTimeRate, type MonthlyReportData } from '../../../shared/documents/reports/monthly-report-data';
import { monthlyReportFileName, monthlyReportSheets } from '../../../shared/export/monthly-report-sheets';
import { useWorkstation } from '../../workstation/workstation-context';
import { bridge } from '../../bridge/bridge';
import { appPdfClient } from '../../pdf/pdf-client';
import { downloadFile } from '../export/download-file';

export function MonthlyReportTab() {
  const { identity } = useWorkstation();
  // This month so far by default; last month's final report is one pick away.
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [report, setReport] = useState<MonthlyReportData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();

  const load = async (): Promise<MonthlyReportData | null> => {
    const result = await bridge().hallMonthlyReport({ month: month.format('YYYY-MM') });
    if (!result.ok) {
      setError(result.error.message);
      return null;
    }
    setError(null);
    const loaded = {
      ...result.value,
      hall: { code: identity.hall.code, name: identity.hall.name },
      preparedBy: identity.clerk,
      printedAt: new Date().toISOString(),
    };
    setReport(loaded);
    return loaded;
  };
  const run = async (write: (data: MonthlyReportData) => Promise<void>) => {
    setBusy(true);
    try {
      const data = await load();
      if (data) await write(data);
    } catch (failure) {
      void message.error(`月报表生成失败：${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };
  const exportExcel = (data: MonthlyReportData) =>
    import('../export/xlsx-sheet').then(async ({ downloadWorkbook, workbookBytes }) =>
      downloadWorkbook(await workbookBytes(monthlyReportSheets(data)), monthlyReportFileName(data)),
    );
  const exportPdf = async (data: MonthlyReportData) =>
    downloadFile(
      await appPdfClient().renderDocument('monthly-report', data),
      `月报表-${data.hall.code}-${data.month}.pdf`,
      'application/pdf',
    );

  return (
    <Space direction="vertical">
      {error && <Alert type="error" showIcon message={error} />}
      <Space wrap>
        <DatePicker picker="month" allowClear={false} value={month} onChange={(value) => value && setMonth(value)} aria-label="统计月份" />
        <Button loading={busy} onClick={() => void run(exportExcel)} data-testid="export-monthly-report-xlsx">
          导出月报表Excel
        </Button>
        <Button loading={busy} onClick={() => void run(exportPdf)} data-testid="export-monthly-report-pdf">
          下载月报表PDF
        </Button>
      </Space>
      {report && (
        <Typography.Text data-testid="monthly-report-summary">
          {report.month}：收件 {report.totals.opened} 件，办结 {report.totals.decided} 件，按时办结率 {onTimeRate(report.totals)}，超期办结{' '}
          {report.totals.decidedLate} 件
        </Typography.Text>
      )}
    </Space>
  );
}
