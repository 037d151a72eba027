/**
 * The facts of a case the detail drawer lists after its header: its other numbers (national,
 * the handling place's own), and what each side has done beyond the status (posting, 接收, special
 * procedures, decision, result, delivery, rating).
 */
import { Tag, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import type { CaseState } from '../../../shared/domain/case/case-state';
import { ratingStars } from '../../ui/rating-stars';

type Items = NonNullable<DescriptionsProps['items']>;

const shortTime = (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false });

/** 全国办件编号 and the handling place's own number beside ours, where a clerk looks for a case's numbers. */
export function caseNumberItems(state: CaseState): Items {
  const local = state.handlingReceipt?.localCaseNumber;
  return [
    ...(state.nationalCaseNumber
      ? [
          {
            key: 'nationalCaseNumber',
            label: '全国办件编号',
            children: <span data-testid="national-case-number">{state.nationalCaseNumber}</span>,
          },
        ]
      : []),
    ...(local ? [{ key: 'localCaseNumber', label: '办理地编号', children: <span data-testid="local-case-number">{local}</span> }] : []),
  ];
}

export function caseFactItems(state: CaseState): Items {
  const items: Items = [];
  const add = (key: string, label: string, children: ReactNode) => items.push({ key, label, children });
  for (const [index, posting] of (state.postings ?? []).entries()) {
    add(`posting-${index}`, '寄出纸质材料', `EMS ${posting.waybillNo}（${shortTime(posting.at)}）`);
  }
  if (state.handlingReceipt) add('received', '办理地接收', `${shortTime(state.handlingReceipt.at)} ${state.handlingReceipt.by.clerk}`);
  for (const [index, procedure] of (state.specialProcedures ?? []).entries()) {
    const ended = procedure.endedAt ? `，${shortTime(procedure.endedAt)} 结束：${procedure.result ?? ''}` : '，进行中';
    add(`procedure-${index}`, `特别程序：${procedure.kind}`, `${procedure.reason}（${shortTime(procedure.startedAt)} 启动${ended}）`);
  }
  for (const [index, request] of (state.supplementRequests ?? []).entries()) {
    const items = request.missing.map((item) => `${item.name}（${item.requirement}）`).join('；');
    const answered = request.submittedAt
      ? `；${shortTime(request.submittedAt)} 已由收件地提交${request.note ? `（${request.note}）` : ''}`
      : '；等待申请人补正';
    add(
      `supplement-request-${index}`,
      '办理地要求补正',
      `${items}。理由：${request.reason}；期限 ${request.deadline}（${shortTime(request.at)} ${request.by.clerk}）${answered}`,
    );
  }
  if (state.decision) {
    const { outcome, opinion, reasons, legalBasis } = state.decision;
    const denial = outcome === 'denied' ? `；理由：${reasons ?? '—'}；依据：${legalBasis ?? '—'}` : '';
    add('decision', '办理结果', `${outcome === 'approved' ? '准予' : '不予'}：${opinion}${denial}`);
  }
  if (state.result) {
    add('result', '结果证照', `${state.result.certificateName} ${state.result.certificateNumber}（${state.result.issuedOn}）`);
  }
  if (state.delivery) {
    const how = state.delivery.method === 'window' ? `窗口领取，领取人 ${state.delivery.recipient}` : `EMS邮寄 ${state.delivery.waybillNo}`;
    add('delivery', '结果送达', `${how}（${shortTime(state.delivery.at)}）`);
  }
  if (state.rating) {
    const { level, comment, bad, source, reasons, followUpDue } = state.rating;
    const followedUp = state.followUp !== undefined;
    add(
      'rating',
      '好差评',
      <span data-testid="case-rating">
        {level} {ratingStars(level)}
        {reasons?.length ? `（不满意：${reasons.join('、')}）` : ''}
        {comment ? `：${comment}` : ''} {source === 'applicant' ? <Tag>申请人评价</Tag> : <Tag>窗口代为登记</Tag>}
        {bad &&
          (followedUp ? (
            <Tag color="green">差评·已回访整改</Tag>
          ) : (
            <Tag color="red">{`差评·待回访整改${followUpDue ? `（${followUpDue}前）` : ''}`}</Tag>
          ))}
      </span>,
    );
  }
  if (state.withdrawal) add('withdrawal', '撤回', `${state.withdrawal.reason}（${shortTime(state.withdrawal.at)}）`);
  return items;
}
