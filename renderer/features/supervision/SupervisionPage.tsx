/**
 * 大厅监管 (值班长/科长): the hall-wide view the hub keeps — every case, 预警, workload, 差评
 * follow-ups, the dashboard and the 月报表. A row opens the case's drawer from this workstation's store,
 * where 改派, 督办 and 回访整改 are made as events.
 */
import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { CaseDetailDrawer } from '../cases/CaseDetailDrawer';
import { DashboardTab } from '../dashboard/DashboardTab';
import { FollowUpsTab } from './FollowUpsTab';
import { HallCasesTab } from './HallCasesTab';
import { MonthlyReportTab } from './MonthlyReportTab';
import { WarningsTab } from './WarningsTab';
import { WorkloadTab } from './WorkloadTab';

export function SupervisionPage() {
  const [openCaseId, setOpenCaseId] = useState<string | null>(null);
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        大厅监管
      </Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'cases', label: '大厅办件', children: <HallCasesTab onOpen={setOpenCaseId} /> },
          { key: 'warnings', label: '预警', children: <WarningsTab onOpen={setOpenCaseId} /> },
          { key: 'workload', label: '工作量', children: <WorkloadTab /> },
          { key: 'followUps', label: '差评回访', children: <FollowUpsTab onOpen={setOpenCaseId} /> },
          { key: 'dashboard', label: '统计图表', children: <DashboardTab /> },
          { key: 'monthlyReport', label: '月报表', children: <MonthlyReportTab /> },
        ]}
      />
      <CaseDetailDrawer caseId={openCaseId} onClose={() => setOpenCaseId(null)} />
    </>
  );
}
