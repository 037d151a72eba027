import { Alert, Button, Typography } from 'antd';
import { conflictNotice } from '../../../shared/domain/case/case-conflicts';
import type { ConflictNoticeRecord } from '../../data/db';

/** One conflict notice: what happened, what the other place did, what to do next. */
export function ConflictNoticeCard({
  notice,
  reader = 'own',
  onAcknowledge,
}: {
  notice: ConflictNoticeRecord;
  reader?: 'own' | 'other';
  onAcknowledge?: () => void;
}) {
  const text = conflictNotice(notice.overruled, notice.caseNumber, reader);
  return (
    <Alert
      type={reader === 'own' && notice.state === 'open' ? 'error' : 'info'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="conflict-notice"
      message={text.title}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{text.happened}</Typography.Paragraph>
          {text.otherSide && <Typography.Paragraph style={{ marginBottom: 4 }}>{text.otherSide}</Typography.Paragraph>}
          <Typography.Paragraph strong style={{ marginBottom: 0 }}>
            下一步：{text.nextStep}
          </Typography.Paragraph>
          {reader === 'own' && notice.state === 'acknowledged' && (
            <Typography.Text type="secondary">已由 {notice.acknowledgedBy} 确认知晓</Typography.Text>
          )}
        </>
      }
      action={
        notice.state === 'open' && onAcknowledge ? (
          <Button size="small" onClick={onAcknowledge}>
            我已知晓
          </Button>
        ) : undefined
      }
    />
  );
}
