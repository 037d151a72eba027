/** 显示: large text for this workstation, applied at once and kept on this machine. */
import { Card, Space, Switch, Typography } from 'antd';
import { setLargeFont, useLargeFont } from '../../workstation/display-preferences';

export function DisplaySettingsCard() {
  const largeFont = useLargeFont();
  return (
    <Card title="显示" data-testid="display-settings">
      <Space direction="vertical" size={8}>
        <Space>
          <Switch id="largeFont" checked={largeFont} onChange={setLargeFont} />
          <label htmlFor="largeFont">大字体</label>
        </Space>
        <Typography.Text type="secondary">整个工作站的文字放大，适合看小字吃力的工作人员；只影响本机。</Typography.Text>
      </Space>
    </Card>
  );
}
