/**
 * 设置 → 法定节假日安排: the years the calendar knows (bundled, read-only, with their source;
 * entered here, with 删除) and the form for the next year. Saving or deleting re-reads the
 * settings, so due dates everywhere use the new calendar at once.
 */
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { bridge, unwrap } from '../../bridge/bridge';
import { useWorkstation } from '../../workstation/workstation-context';
import { seededHolidays } from '../../catalog/catalog';
import { HolidayScheduleDueAlert } from './HolidayScheduleDueAlert';
import { HolidayYearForm } from './HolidayYearForm';
import { holidayYearRows, type HolidayYearRow } from './holiday-year-rows';

const ORIGIN_TAGS = {
  seeded: <Tag color="blue">内置</Tag>,
  entered: <Tag color="green">本机录入</Tag>,
  superseded: <Tag>已由内置数据取代</Tag>,
} as const;

export function HolidayCalendarCard({ onSaved }: { onSaved(): void }) {
  const { message } = App.useApp();
  const { holidays } = useWorkstation();
  const rows = useMemo(() => holidayYearRows(holidays, seededHolidays.source), [holidays]);
  const known = holidays.schedule.data.years;
  const nextYear = known.length > 0 ? Math.max(...known) + 1 : new Date().getFullYear();

  const remove = async (year: number) => {
    try {
      unwrap(await bridge().removeHolidayYear({ year }));
      void message.success(`已删除${year}年的节假日安排`);
      onSaved();
    } catch (failure) {
      void message.error(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const columns = [
    { title: '年份', dataIndex: 'year', width: 80 },
    {
      title: '来源',
      render: (_: unknown, row: HolidayYearRow) => (
        <Space wrap>
          {ORIGIN_TAGS[row.origin]}
          {row.source}
        </Space>
      ),
    },
    { title: '放假', render: (_: unknown, row: HolidayYearRow) => `${row.holidayCount}天：${row.holidays}` },
    { title: '调休上班', dataIndex: 'makeupWorkdays' },
    {
      title: '',
      width: 80,
      render: (_: unknown, row: HolidayYearRow) =>
        row.origin === 'seeded' ? null : (
          <Popconfirm title={`删除${row.year}年的节假日安排？`} okText="删除" cancelText="取消" onConfirm={() => remove(row.year)}>
            <Button danger size="small" data-testid={`remove-holiday-year-${row.year}`}>
              删除
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Card title="法定节假日安排" data-testid="holiday-calendar">
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <HolidayScheduleDueAlert />
        <Table<HolidayYearRow>
          size="small"
          pagination={false}
          rowKey={(row) => `${row.year}-${row.origin}`}
          dataSource={rows}
          columns={columns}
        />
        <HolidayYearForm key={nextYear} initialYear={nextYear} seededYears={holidays.schedule.seededYears} onSaved={onSaved} />
      </Space>
    </Card>
  );
}
