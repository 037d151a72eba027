/**
 * 办事指南查询: find a matter with the picker and read what it takes. Also the place where
 * the picker runs in the real app until intake adopts it (tests/e2e/matter-search.spec.ts).
 */
import { Card, Col, Empty, Row } from 'antd';
import { useState } from 'react';
import { mattersByCode } from '../../catalog/catalog';
import { MatterPicker } from '../matter-picker/MatterPicker';
import { MatterDetails } from './MatterDetails';

export function MatterGuidePage() {
  const [code, setCode] = useState('');
  const matter = mattersByCode.get(code);
  return (
    <Row gutter={16}>
      <Col span={10}>
        <Card title="办事指南查询" size="small">
          <MatterPicker id="matter-search" value={code} onChange={setCode} autoFocus />
        </Card>
      </Col>
      <Col span={14}>{matter ? <MatterDetails matter={matter} /> : <Empty description="选择事项后显示办事指南" />}</Col>
    </Row>
  );
}
