/** 事项信息: the matter's own fields as the window entered them, labelled from the catalog. */
import { Descriptions, Space, type DescriptionsProps } from 'antd';
import type { CaseState } from '../../../shared/domain/case/case-state';
import { describeDetails, isDetailGroup, type DetailLine } from '../../../shared/forms/describe-details';
import { divisionName, mattersByCode } from '../../catalog/catalog';
import { IdNumberText } from './IdNumberText';

function LineValue({ line }: { line: DetailLine }) {
  return line.kind === 'idNumber' ? <IdNumberText value={line.value} /> : <>{line.value}</>;
}

export function CaseMatterDetails({ state }: { state: CaseState }) {
  const described = describeDetails(mattersByCode.get(state.matter.code)?.fields, state.details, divisionName);
  if (described.length === 0) return null;
  const items: NonNullable<DescriptionsProps['items']> = described.map((entry) => ({
    key: entry.key,
    label: entry.label,
    children: isDetailGroup(entry) ? (
      <Space direction="vertical" size={2}>
        {entry.items.map((item, index) => (
          <span key={index}>
            {index + 1}.{' '}
            {item.map((line, lineIndex) => (
              <span key={line.key}>
                {lineIndex > 0 && '；'}
                {line.label}：<LineValue line={line} />
              </span>
            ))}
          </span>
        ))}
      </Space>
    ) : (
      <LineValue line={entry} />
    ),
  }));
  return <Descriptions title="事项信息" column={1} bordered size="small" items={items} data-testid="case-matter-details" />;
}
