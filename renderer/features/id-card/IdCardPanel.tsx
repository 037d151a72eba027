/** The card just read, beside the form: photo, the card's facts, and a warning if it is not valid today. */
import { Alert, Descriptions, Typography } from 'antd';
import { idCardValidity, validityText } from '../../../shared/devices/id-card/validity';
import type { CardReading } from './use-id-card-reader';

const PHOTO_STYLE = { width: 102, height: 126, border: '1px solid #d9d9d9', objectFit: 'cover' as const, flex: 'none' };

export function IdCardPanel({ reading, filledLabels }: { reading: CardReading; filledLabels: readonly string[] }) {
  const { card, photo } = reading;
  const validity = idCardValidity(card, new Date());
  return (
    <section aria-label="身份证信息" data-testid="id-card-panel">
      {validity.status !== 'valid' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="id-card-validity-warning"
          message={validity.status === 'expired' ? '身份证已过期' : '身份证尚未生效'}
          description={validity.message}
          style={{ marginBottom: 12 }}
        />
      )}
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        {photo.kind === 'image' ? (
          <img src={photo.dataUrl} alt={`${card.name}的身份证相片`} style={PHOTO_STYLE} data-testid="id-card-photo" />
        ) : (
          <Typography.Text
            type="secondary"
            style={{ ...PHOTO_STYLE, display: 'flex', alignItems: 'center', padding: 4, fontSize: 12 }}
            data-testid="id-card-no-photo"
          >
            {photo.reason}
          </Typography.Text>
        )}
        <Descriptions size="small" column={1} style={{ flex: 1 }}>
          <Descriptions.Item label="姓名">{card.name}</Descriptions.Item>
          <Descriptions.Item label="性别 / 民族">{`${card.sex} / ${card.ethnicity}`}</Descriptions.Item>
          <Descriptions.Item label="出生">{card.birthDate}</Descriptions.Item>
          <Descriptions.Item label="住址">{card.address}</Descriptions.Item>
          <Descriptions.Item label="公民身份号码">{card.idNumber}</Descriptions.Item>
          <Descriptions.Item label="签发机关">{card.issuer}</Descriptions.Item>
          <Descriptions.Item label="有效期限">{validityText(card)}</Descriptions.Item>
        </Descriptions>
      </div>
      <Typography.Text type="secondary" data-testid="id-card-filled">{`已填入：${filledLabels.join('、')}`}</Typography.Text>
    </section>
  );
}
