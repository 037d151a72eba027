/** The dashboard's charts as ECharts options, from the hub's aggregates (hall-protocol.ts). */
import type { EChartsCoreOption } from 'echarts/core';
import type { Dashboard } from '../../../shared/sync/hall-protocol';

const DIRECTION = { receiving: '收件', handling: '办理' } as const;

export function volumeOption(dashboard: Dashboard): EChartsCoreOption {
  const periods = [...new Set(dashboard.volume.map((row) => row.period))];
  const series = (['receiving', 'handling'] as const).map((direction) => ({
    name: DIRECTION[direction],
    type: 'bar',
    stack: 'volume',
    data: periods.map((period) => dashboard.volume.find((row) => row.period === period && row.direction === direction)?.count ?? 0),
  }));
  return {
    title: { text: '办件量', left: 'center' },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: periods },
    yAxis: { type: 'value' },
    series,
  };
}

export function byMatterOption(dashboard: Dashboard): EChartsCoreOption {
  const names = dashboard.byMatter.map((row) => row.matterName);
  return {
    title: { text: '按事项', left: 'center' },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 200 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: names, axisLabel: { width: 180, overflow: 'truncate' } },
    series: (['receiving', 'handling'] as const).map((direction) => ({
      name: DIRECTION[direction],
      type: 'bar',
      stack: 'matter',
      data: dashboard.byMatter.map((row) => row[direction]),
    })),
  };
}

export function byModeOption(dashboard: Dashboard): EChartsCoreOption {
  return {
    title: { text: '按办理模式', left: 'center' },
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: '60%', data: dashboard.byMode.map((row) => ({ name: row.mode, value: row.count })) }],
  };
}

export function overdueOption(dashboard: Dashboard): EChartsCoreOption {
  const names = [...new Set(dashboard.overdueByMatter.map((row) => row.matterName))];
  return {
    title: { text: '超期（按事项、收件方/办理方）', left: 'center' },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 200 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: names, axisLabel: { width: 180, overflow: 'truncate' } },
    series: (['receiving', 'handling'] as const).map((side) => ({
      name: `${DIRECTION[side]}方`,
      type: 'bar',
      data: names.map((name) => dashboard.overdueByMatter.find((row) => row.matterName === name && row.side === side)?.count ?? 0),
    })),
  };
}

export function ratingsOption(dashboard: Dashboard): EChartsCoreOption {
  return {
    title: { text: '好差评分布', left: 'center' },
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['35%', '60%'], data: dashboard.ratings.map((row) => ({ name: row.level, value: row.count })) }],
  };
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}
