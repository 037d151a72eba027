/**
 * 日报表 for the supervisor: one day's counts of this hall by outcome, 办理模式 and matter,
 * and the overdue cases; printed through the preview like every other document, or exported
 * to Excel.
 */
import { Alert, Card, DatePicker, Empty, Space, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { REPORT_OUTCOME_LABELS, REPORT_OUTCOMES, type DailyReportData } from '../../../shared/documents/reports/daily-report-data';
import { maskPersonName } from '../../../shared/documents/official/official-format';
import { chinaDate } from '../../../shared/domain/calendar/working-days';
import { useWorkstation } from '../../workstation/workstation-context';
import { loadDailyReport } from './load-daily-report';
import { ExportDailyReportButton } from './ExportDailyReportButton';
import { PrintDailyReportButton } from './PrintDailyReportButton';

export function DailyReportPage() {
  const workstation = useWorkstation();
  const [date, setDate] = useState(() => chinaDate(new Date()));
  const [report, setReport] = useState<DailyReportData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setError(null);
    loadDailyReport(date, workstation).then(
      (loaded) => current && setReport(loaded),
      (failure: unknown) => current && setError(`日报表统计失败：${failure instanceof Error ? failure.message : String(failure)}`),
    );
    return () => {
      current = false;
    };
  }, [date, workstation]);

  return (
    <Card
      title="业务日报表"
      extra={
        <Space>
          <DatePicker
            id="reportDate"
            allowClear={false}
            value={dayjs(date)}
            disabledDate={(day: Dayjs) => day.isAfter(dayjs(), 'day')}
            onChange={(day: Dayjs | null) => day && setDate(day.format('YYYY-MM-DD'))}
          />
          {report && <PrintDailyReportButton report={report} />}
          {report && <ExportDailyReportButton report={report} />}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {report && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Space size="large" wrap data-testid="report-outcomes">
            {REPORT_OUTCOMES.map((outcome) => (
              <Statistic key={outcome} title={REPORT_OUTCOME_LABELS[outcome]} value={report.byOutcome[outcome]} />
            ))}
          </Space>
          <Typography.Text type="secondary">
            收件按办理模式：{report.byMode.length === 0 ? '无' : report.byMode.map(({ mode, count }) => `${mode} ${count} 件`).join('，')}
          </Typography.Text>
          <Table
            size="small"
            rowKey="matterCode"
            pagination={false}
            locale={{ emptyText: <Empty description="当日无办件" /> }}
            dataSource={report.byMatter}
            columns={[
              { title: '事项', dataIndex: 'matterName' },
              ...REPORT_OUTCOMES.map((outcome) => ({
                title: REPORT_OUTCOME_LABELS[outcome],
                key: outcome,
                render: (_: unknown, row: DailyReportData['byMatter'][number]) => row.counts[outcome],
              })),
            ]}
          />
          <Table
            size="small"
            rowKey="caseNumber"
            data-testid="report-overdue"
            title={() => `超期办件（${report.overdue.length} 件）`}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={report.overdue}
            columns={[
              { title: '办件编号', dataIndex: 'caseNumber' },
              { title: '事项', dataIndex: 'matterName' },
              { title: '申请人', dataIndex: 'applicantName', render: (name: string) => maskPersonName(name) },
              { title: '承诺办结日期', dataIndex: 'promisedDate' },
              { title: '超期（工作日）', dataIndex: 'daysOverdue' },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
