/** One ECharts chart in a div: created once, given new options as they come, disposed on unmount. */
import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { CHART_LOCALE, echarts } from './echarts-setup';

export function EChart({ option, height = 280, testId }: { option: EChartsCoreOption; height?: number; testId: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  useEffect(() => {
    if (!element.current) return undefined;
    const instance = echarts.init(element.current, null, { locale: CHART_LOCALE });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={element} style={{ width: '100%', height }} data-testid={testId} />;
}
