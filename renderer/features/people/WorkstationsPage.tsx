/**
 * 工作站注册 (系统管理员): tickets for new windows, the hall's workstations at the hub with
 * revoke and key reset, and the record of those actions. The hub holds all of it; this
 * screen asks through the host with the administrator's session.
 */
import { Space, Typography } from 'antd';
import { useState } from 'react';
import { HallWorkstationTable } from './HallWorkstationTable';
import { IssueTicketCard } from './IssueTicketCard';
import { WorkstationActionsList } from './WorkstationActionsList';

export function WorkstationsPage() {
  // Bumped after each change so the list and the record read the hub again.
  const [revision, setRevision] = useState(0);
  const changed = () => setRevision((value) => value + 1);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        工作站注册
      </Typography.Title>
      <IssueTicketCard onIssued={changed} />
      <HallWorkstationTable revision={revision} onChanged={changed} />
      <WorkstationActionsList revision={revision} />
    </Space>
  );
}
