import { Descriptions, Table, Tag } from 'antd';
import { formatTimeLimit } from '../../../shared/documents/layout/format';
import { MATERIAL_FORM_LABELS, type MaterialSpec, type Matter } from '../../../shared/domain/matter/matter';
import { formatFees } from './format-fees';

/** What a clerk tells an applicant at the counter: limits, fees, where, and what to bring. */
export function MatterDetails({ matter }: { matter: Matter }) {
  return (
    <div data-testid="matter-details">
      <Descriptions bordered size="small" column={2} title={matter.name}>
        <Descriptions.Item label="事项编码">{matter.code}</Descriptions.Item>
        <Descriptions.Item label="类别">{matter.category}</Descriptions.Item>
        <Descriptions.Item label="办理模式" span={2}>
          {matter.modes.map((mode) => (
            <Tag key={mode}>{mode}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label="事项类型">{matter.matterType}</Descriptions.Item>
        <Descriptions.Item label="办件类型">{matter.kind}</Descriptions.Item>
        <Descriptions.Item label="收费">{formatFees(matter.fees)}</Descriptions.Item>
        <Descriptions.Item label="法定时限">
          {matter.legalLimit ? `${formatTimeLimit(matter.legalLimit)}（${matter.legalLimit.basis}）` : '无法定时限，按承诺时限办理'}
        </Descriptions.Item>
        <Descriptions.Item label="承诺时限">{formatTimeLimit(matter.promisedLimit)}</Descriptions.Item>
        <Descriptions.Item label="四川办理部门">{matter.departments['51']}</Descriptions.Item>
        <Descriptions.Item label="重庆办理部门">{matter.departments['50']}</Descriptions.Item>
        <Descriptions.Item label="办理结果" span={2}>
          {matter.resultDocuments.join('、')}
        </Descriptions.Item>
      </Descriptions>
      <Table<MaterialSpec>
        style={{ marginTop: 16 }}
        size="small"
        pagination={false}
        rowKey="code"
        title={() => '申请材料'}
        dataSource={matter.materials}
        columns={[
          { title: '材料名称', dataIndex: 'name' },
          { title: '是否必需', render: (_, material) => (material.required ? '必需' : (material.condition ?? '视情况')) },
          { title: '形式', render: (_, material) => MATERIAL_FORM_LABELS[material.form] },
          { title: '份数', dataIndex: 'copies', width: 80 },
        ]}
      />
    </div>
  );
}
