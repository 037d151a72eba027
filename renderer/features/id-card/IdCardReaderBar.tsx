/** The 读卡 button with its F3 shortcut, the reader's status and the "place the card" switch. */
import { Alert, Button, Checkbox, Space, Typography } from 'antd';
import type { IdCardReaderState } from './use-id-card-reader';

export const READ_CARD_KEY = 'F3';

interface Props {
  reader: IdCardReaderState;
  autoRead: boolean;
  onAutoReadChange: (on: boolean) => void;
}

export function IdCardReaderBar({ reader, autoRead, onAutoReadChange }: Props) {
  const { status, reading, failure } = reader;
  const usable = status?.device !== 'none';
  return (
    <div style={{ marginBottom: 12 }}>
      <Space wrap>
        <Button
          onClick={() => void reader.read()}
          loading={reading}
          disabled={status !== null && !usable}
          aria-keyshortcuts={READ_CARD_KEY}
          data-testid="read-id-card"
        >
          读卡（{READ_CARD_KEY}）
        </Button>
        <Checkbox checked={autoRead} disabled={!status?.connected} onChange={(event) => onAutoReadChange(event.target.checked)}>
          放卡自动读取
        </Checkbox>
        <Typography.Text type="secondary" data-testid="id-card-status">
          {status ? status.message : '正在检查身份证阅读器…'}
        </Typography.Text>
      </Space>
      {failure && <Alert type="warning" showIcon message={failure} style={{ marginTop: 8 }} data-testid="id-card-failure" />}
    </div>
  );
}
