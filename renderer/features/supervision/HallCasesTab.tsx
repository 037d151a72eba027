/** 大厅办件: every case of the hall at the hub, filtered and paged, exportable to Excel. */
import { Alert, App, Button, DatePicker, Input, InputNumber, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { HallCaseRow, HallCasesQuery } from '../../../shared/sync/hall-protocol';
import { base64ToBytes } from '../../../shared/util/base64';
import { bridge, unwrap } from '../../bridge/bridge';
import { matters } from '../../catalog/catalog';
import { downloadWorkbook } from '../export/xlsx-sheet';
import { hallCaseColumns } from './hall-case-table-columns';

const MATTER_OPTIONS = matters.map((matter) => ({ value: matter.code, label: matter.name }));

export function HallCasesTab({ onOpen }: { onOpen(caseId: string): void }) {
  const [filters, setFilters] = useState<HallCasesQuery>({ side: 'all', view: 'all' });
  const [days, setDays] = useState<[Dayjs, Dayjs] | null>(null);
  const [rows, setRows] = useState<HallCaseRow[]>([]);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const query: HallCasesQuery = { ...filters, ...(days ? { from: days[0].format('YYYY-MM-DD'), to: days[1].format('YYYY-MM-DD') } : {}) };
  const key = JSON.stringify(query);

  const load = useCallback(
    async (cursor: string | null) => {
      setLoading(true);
      const result = await bridge().hallCases({ ...(JSON.parse(key) as HallCasesQuery), ...(cursor ? { cursor } : {}) });
      setLoading(false);
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setRows((current) => (cursor ? [...current, ...result.value.rows] : result.value.rows));
      setTotal(result.value.total);
      setNext(result.value.nextCursor);
    },
    [key],
  );
  useEffect(() => void load(null), [load]);

  const { message } = App.useApp();
  const exportList = async () => {
    // The host pages the hub and streams every row into one workbook (no cap).
    const hide = message.loading('正在导出…', 0);
    try {
      const { cursor: _cursor, limit: _limit, ...filters } = query;
      const exported = unwrap(await bridge().hallExportCases(filters));
      downloadWorkbook(base64ToBytes(exported.dataBase64), exported.fileName);
      void message.success(`已导出 ${exported.rows} 件`);
    } finally {
      hide();
    }
  };
  const set = (patch: Partial<HallCasesQuery>) => setFilters((current) => ({ ...current, ...patch }));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon message={error} />}
      <Space wrap>
        <Select
          aria-label="收件或办理"
          value={filters.side}
          onChange={(side) => set({ side })}
          style={{ width: 140 }}
          options={[
            { value: 'all', label: '收件和办理' },
            { value: 'receiving', label: '本大厅收件' },
            { value: 'handling', label: '本地办理' },
          ]}
        />
        <Select
          aria-label="办件状态"
          value={filters.view}
          onChange={(view) => set({ view })}
          style={{ width: 140 }}
          options={[
            { value: 'all', label: '全部' },
            { value: 'open', label: '未办结' },
            { value: 'dueSoon', label: '即将到期' },
            { value: 'overdue', label: '已超期' },
          ]}
        />
        <InputNumber<number>
          id="hallWindowFilter"
          aria-label="窗口号"
          placeholder="窗口号"
          min={1}
          max={99}
          value={typeof filters.window === 'number' ? filters.window : null}
          onChange={(window) => set({ window: window ?? undefined })}
        />
        <Select
          aria-label="事项"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部事项"
          style={{ width: 240 }}
          value={filters.matterCode}
          onChange={(matterCode) => set({ matterCode })}
          options={MATTER_OPTIONS}
        />
        <Input.Search
          allowClear
          placeholder="办件编号或申请人"
          style={{ width: 220 }}
          onSearch={(text) => set({ text: text || undefined })}
        />
        <DatePicker.RangePicker
          aria-label="收件日期"
          placeholder={['收件日期起', '收件日期止']}
          value={days}
          onChange={(range) => setDays(range?.[0] && range[1] ? [range[0], range[1]] : null)}
        />
        <Button onClick={() => void exportList()} data-testid="export-hall-cases">
          导出Excel
        </Button>
      </Space>
      <span data-testid="hall-case-total">共 {total} 件</span>
      <Table<HallCaseRow>
        rowKey="caseId"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={false}
        columns={hallCaseColumns<HallCaseRow>()}
        onRow={(row) => ({ onClick: () => onOpen(row.caseId), style: { cursor: 'pointer' } })}
      />
      {next && <Button onClick={() => void load(next)}>加载更多</Button>}
    </Space>
  );
}
