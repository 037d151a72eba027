/**
 * 统计图表: the hall's volume by day/week/month, matter, mode and direction, 办结率 and
 * 按时办结率, 一次性告知 and 不予受理 rates, average working days to 办结, 超期 by matter and
 * side, and the 好差评 distribution, for a date range and optionally one window. The hub
 * aggregates in SQL; the workstation only draws.
 */
import { Alert, Card, Col, DatePicker, InputNumber, Row, Segmented, Space, Statistic } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { Dashboard, DashboardQuery } from '../../../shared/sync/hall-protocol';
import { bridge } from '../../bridge/bridge';
import { byMatterOption, byModeOption, overdueOption, percent, ratingsOption, volumeOption } from './dashboard-options';
import { EChart } from './EChart';

type Granularity = NonNullable<DashboardQuery['granularity']>;

export function DashboardTab() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const [granularity, setGranularity] = useState<Granularity>('day');
  const [window, setWindow] = useState<number | null>(null);
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');

  useEffect(() => {
    let cancelled = false;
    void bridge()
      .hallDashboard({ from, to, granularity, ...(window ? { window } : {}) })
      .then((result) => {
        if (cancelled) return;
        if (result.ok) {
          setDashboard(result.value);
          setError(null);
        } else setError(result.error.message);
      });
    return () => {
      cancelled = true;
    };
  }, [from, to, granularity, window]);

  const options = useMemo(
    () =>
      dashboard && {
        volume: volumeOption(dashboard),
        matter: byMatterOption(dashboard),
        mode: byModeOption(dashboard),
        overdue: overdueOption(dashboard),
        ratings: ratingsOption(dashboard),
      },
    [dashboard],
  );
  const totals = dashboard?.totals;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="dashboard">
      <Space wrap>
        <DatePicker.RangePicker
          aria-label="统计期间"
          value={range}
          allowClear={false}
          onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
        />
        <Segmented<Granularity>
          value={granularity}
          onChange={setGranularity}
          options={[
            { value: 'day', label: '按日' },
            { value: 'week', label: '按周' },
            { value: 'month', label: '按月' },
          ]}
        />
        <InputNumber aria-label="窗口号" placeholder="全部窗口" min={1} max={99} value={window} onChange={(value) => setWindow(value)} />
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {totals && options && (
        <>
          <Row gutter={16}>
            <Col span={4}>
              <Statistic title="收件量" value={totals.opened} />
            </Col>
            <Col span={4}>
              <Statistic title="办结率" value={percent(totals.decided, totals.accepted)} data-testid="completion-rate" />
            </Col>
            <Col span={4}>
              <Statistic title="按时办结率" value={percent(totals.decidedOnTime, totals.decided)} />
            </Col>
            <Col span={4}>
              <Statistic title="一次性告知率" value={percent(totals.notified, totals.opened)} />
            </Col>
            <Col span={4}>
              <Statistic title="不予受理率" value={percent(totals.refused, totals.opened)} />
            </Col>
            <Col span={4}>
              <Statistic title="平均办结（工作日）" value={totals.averageWorkingDays ?? '—'} />
            </Col>
          </Row>
          <Card size="small">
            <EChart option={options.volume} testId="chart-volume" />
          </Card>
          <Row gutter={16}>
            <Col span={12}>
              <Card size="small">
                <EChart option={options.matter} testId="chart-matter" height={360} />
              </Card>
            </Col>
            <Col span={12}>
              <Card size="small">
                <EChart option={options.overdue} testId="chart-overdue" height={360} />
              </Card>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <Card size="small">
                <EChart option={options.mode} testId="chart-mode" />
              </Card>
            </Col>
            <Col span={12}>
              <Card size="small">
                <EChart option={options.ratings} testId="chart-ratings" />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}
