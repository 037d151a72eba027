/**
 * 设置 → 身份证阅读器: 自动 (the SDTAPI reader of the Windows desktop app), 模拟器 (demo
 * cards, for training and browser mode) or 无. The host stores the choice and answers with
 * the reader's status, which is shown as is.
 */
import { Alert, Button, Card, Radio, Space, Typography, App } from 'antd';
import { useEffect, useState } from 'react';
import { idCardReaderStatusSchema, type IdCardReaderMode, type IdCardReaderStatus } from '../../../shared/devices/id-card/id-card';
import { bridge, unwrap } from '../../bridge/bridge';

const MODE_OPTIONS: { value: IdCardReaderMode; label: string }[] = [
  { value: 'auto', label: '自动（读卡器）' },
  { value: 'simulator', label: '模拟器（培训演示）' },
  { value: 'none', label: '无' },
];

export function IdCardReaderSettingsCard() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<IdCardReaderStatus | null>(null);
  const [chosen, setChosen] = useState<IdCardReaderMode | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void bridge()
      .idCardStatus({})
      .then((result) => {
        const current = idCardReaderStatusSchema.parse(unwrap(result));
        setStatus(current);
        // A choice the administrator clicked while the status was on its way stands.
        setChosen((clicked) => clicked ?? current.mode);
      })
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, []);

  const save = async () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      setStatus(idCardReaderStatusSchema.parse(unwrap(await bridge().setIdCardReaderMode({ mode: chosen }))));
      void message.success('身份证阅读器设置已保存');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="身份证阅读器" data-testid="id-card-reader-settings">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Space direction="vertical" size={8}>
        <Radio.Group
          aria-label="身份证阅读器"
          value={chosen}
          onChange={(event) => setChosen(event.target.value as IdCardReaderMode)}
          options={MODE_OPTIONS}
          optionType="button"
        />
        <Space wrap>
          <Button type="primary" loading={busy} disabled={chosen === null || chosen === status?.mode} onClick={() => void save()}>
            保存读卡器设置
          </Button>
          <Typography.Text type="secondary" data-testid="id-card-reader-settings-status">
            {status?.message ?? '正在检查…'}
          </Typography.Text>
        </Space>
        <Typography.Text type="secondary">办件录入页按 F3 或点“读卡”读取居民身份证；扫码式读卡器直接输入号码，无需设置。</Typography.Text>
      </Space>
    </Card>
  );
}
