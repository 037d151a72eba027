/**
 * Who applied, as the window recorded it: the 申请单位 and its 经办人 for a 法人 matter, or
 * the applicant; the 代理人 and the 授权委托书's status; the receiving clerk's note.
 */
import { Descriptions, Tag, type DescriptionsProps } from 'antd';
import type { CaseState } from '../../../shared/domain/case/case-state';
import { powerOfAttorneyReceived } from '../../../shared/domain/case/material-checklist';
import { mattersByCode } from '../../catalog/catalog';
import { IdNumberText } from './IdNumberText';

type Items = NonNullable<DescriptionsProps['items']>;

function AttorneyTag({ received }: { received: boolean | undefined }) {
  if (received === undefined) return null;
  return received ? <Tag color="green">授权委托书：已收取</Tag> : <Tag color="red">授权委托书：未收取</Tag>;
}

export function CaseApplicantFacts({ state }: { state: CaseState }) {
  const { applicant, agent, unit } = state;
  const attorney = powerOfAttorneyReceived(mattersByCode.get(state.matter.code)?.materials, state);
  const person = (
    <>
      {applicant.name}（<IdNumberText value={applicant.idNumber} />，{applicant.mobile}）
    </>
  );
  const items: Items = unit
    ? [
        { key: 'unit', label: '申请单位', children: <span data-testid="case-unit">{unit.name}</span> },
        { key: 'uscc', label: '统一社会信用代码', children: unit.uscc },
        { key: 'legalRep', label: '法定代表人（负责人）', children: unit.legalRepresentative },
        {
          key: 'handler',
          label: '经办人',
          children: (
            <span data-testid="case-handler">
              {person} {unit.handlerAuthorised ? <Tag>受单位委托办理</Tag> : <Tag>法定代表人本人</Tag>}
              <AttorneyTag received={attorney} />
            </span>
          ),
        },
      ]
    : [{ key: 'applicant', label: '申请人', children: <span data-testid="case-applicant">{person}</span> }];
  if (agent) {
    items.push({
      key: 'agent',
      label: '代理人',
      children: (
        <span data-testid="case-agent">
          {agent.name}（<IdNumberText value={agent.idNumber} />，{agent.mobile}） <AttorneyTag received={attorney} />
        </span>
      ),
    });
  }
  if (state.intakeNote)
    items.push({ key: 'note', label: '收件备注', children: <span data-testid="case-intake-note">{state.intakeNote}</span> });
  return <Descriptions title="申请信息" column={1} bordered size="small" items={items} data-testid="case-applicant-facts" />;
}
