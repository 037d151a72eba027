/**
 * The applicant's 好差评 screen, on the counter's second monitor: the case in brief, five
 * levels with none chosen, and for 不满意/非常不满意 the 国办发〔2019〕51号 aspects the applicant
 * was unhappy with. The clerk's window records the rating (ApplicantRatingListener) and says so.
 */
import { Alert, Button, Card, Checkbox, Descriptions, Input, Radio, Result, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { applicantRatingSchema } from '../../../shared/domain/case/applicant-rating';
import {
  BAD_REVIEW_REASONS,
  isBadReview,
  RATING_LEVELS,
  type BadReviewReason,
  type RatingLevel,
} from '../../../shared/domain/case/case-event-payloads';
import { CASE_STATUS_LABELS } from '../../../shared/domain/case/case-status';
import { db } from '../../data/db';
import { ratingStars } from '../../ui/rating-stars';
import { RATING_CHANNEL, ratingReplySchema } from './rating-messages';

const NO_ANSWER_MS = 15_000;

type Phase = { kind: 'choosing' } | { kind: 'sending'; requestId: string } | { kind: 'done' } | { kind: 'failed'; message: string };

/** 张三 -> 张*: the screen faces the hall. */
function maskedName(name: string): string {
  return `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`;
}

export function RatingScreen({ caseId }: { caseId: string }) {
  const record = useLiveQuery(() => db.cases.get(caseId), [caseId]);
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [reasons, setReasons] = useState<BadReviewReason[]>([]);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const opened = new BroadcastChannel(RATING_CHANNEL);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const reply = ratingReplySchema.safeParse(event.data);
      if (!reply.success) return;
      setPhase((current) => {
        if (current.kind !== 'sending' || current.requestId !== reply.data.requestId) return current;
        return reply.data.kind === 'recorded' ? { kind: 'done' } : { kind: 'failed', message: reply.data.message };
      });
    };
    return () => opened.close();
  }, []);

  // The clerk's window answers at once when it is signed in; silence means nobody is there.
  useEffect(() => {
    if (phase.kind !== 'sending') return undefined;
    const timer = setTimeout(() => setPhase({ kind: 'failed', message: '窗口工作站未响应，请告知窗口工作人员' }), NO_ANSWER_MS);
    return () => clearTimeout(timer);
  }, [phase]);

  if (record === undefined) return <Result status="info" title="正在读取办件…" />;
  if (record === null) return <Result status="warning" title="未找到该办件，请告知窗口工作人员" />;
  if (phase.kind === 'done')
    return <Result status="success" title="感谢您的评价！" subTitle="您的意见将用于改进我们的服务。" data-testid="rating-thanks" />;
  if (record.rating) return <Result status="info" title="本办件已评价，感谢您的支持" />;

  const submit = () => {
    const parsed = applicantRatingSchema.safeParse({
      level: level ?? undefined,
      reasons: level && isBadReview(level) ? reasons : [],
      comment,
    });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? '请完成评价');
    setProblem(null);
    const requestId = crypto.randomUUID();
    setPhase({ kind: 'sending', requestId });
    channel.current?.postMessage({ kind: 'rate', requestId, caseId, rating: parsed.data });
  };

  return (
    <div style={{ maxWidth: 860, margin: '32px auto', padding: '0 16px' }}>
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0 }}>
            政务服务“好差评”
          </Typography.Title>
        }
      >
        <Descriptions column={1} size="middle" style={{ marginBottom: 24 }}>
          <Descriptions.Item label="办件编号">{record.caseNumber}</Descriptions.Item>
          <Descriptions.Item label="办理事项">{record.matter.name}</Descriptions.Item>
          <Descriptions.Item label="申请人">{maskedName(record.applicant.name)}</Descriptions.Item>
          <Descriptions.Item label="受理窗口">{`${record.acceptedBy.window}号窗口`}</Descriptions.Item>
          <Descriptions.Item label="办理结果">{CASE_STATUS_LABELS[record.status]}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph strong>请您对本次服务作出评价：</Typography.Paragraph>
        <Radio.Group
          size="large"
          buttonStyle="solid"
          value={level}
          onChange={(event) => setLevel(event.target.value as RatingLevel)}
          data-testid="rating-levels"
        >
          {RATING_LEVELS.map((option) => (
            <Radio.Button key={option} value={option} style={{ height: 72, lineHeight: '28px', paddingTop: 8, textAlign: 'center' }}>
              <div>{option}</div>
              <div>{ratingStars(option)}</div>
            </Radio.Button>
          ))}
        </Radio.Group>
        {level && isBadReview(level) && (
          <Space direction="vertical" style={{ marginTop: 24, width: '100%' }}>
            <Typography.Text strong>您对哪些方面不满意？（可多选）</Typography.Text>
            <Checkbox.Group
              value={reasons}
              onChange={(values) => setReasons(values as BadReviewReason[])}
              options={BAD_REVIEW_REASONS.map((reason) => ({ value: reason, label: reason }))}
              data-testid="rating-reasons"
            />
          </Space>
        )}
        <Input.TextArea
          id="applicantComment"
          placeholder="您的意见或建议（可不填）"
          rows={3}
          maxLength={500}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          style={{ marginTop: 24 }}
        />
        {problem && <Alert type="error" showIcon message={problem} style={{ marginTop: 16 }} />}
        {phase.kind === 'failed' && <Alert type="error" showIcon message={phase.message} style={{ marginTop: 16 }} />}
        <Button type="primary" size="large" block style={{ marginTop: 24 }} loading={phase.kind === 'sending'} onClick={submit}>
          提交评价
        </Button>
      </Card>
    </div>
  );
}
