/** 设置: what this hall prints on its documents, its receiving-part limits, the printer, the ID-card reader, the holiday calendar and large text. */
import { Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { bridge, unwrap } from '../../bridge/bridge';
import { useWorkstation } from '../../workstation/workstation-context';
import { HolidayCalendarCard } from '../holiday-calendar/HolidayCalendarCard';
import { DisplaySettingsCard } from './DisplaySettingsCard';
import { DocumentSettingsCard } from './DocumentSettingsCard';
import { hallDocumentDefaults } from './hall-document-defaults';
import { PrinterSettingsCard } from './PrinterSettingsCard';
import { IdCardReaderSettingsCard } from './IdCardReaderSettingsCard';
import { ReceivingLimitsCard } from './ReceivingLimitsCard';

export function SettingsPage({ onSaved }: { onSaved(): void }) {
  const workstation = useWorkstation();
  const { identity } = workstation;
  const defaults = useMemo(() => hallDocumentDefaults(identity), [identity]);
  // The printer is read fresh: it is not part of the workstation context.
  const [printer, setPrinter] = useState<{ name: string | null } | null>(null);

  useEffect(() => {
    void bridge()
      .getSettings({})
      .then((result) => setPrinter({ name: unwrap(result).printer }))
      .catch(() => setPrinter({ name: null }));
  }, []);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        设置
      </Typography.Title>
      <DocumentSettingsCard current={workstation.documents} defaults={defaults} onSaved={onSaved} />
      <ReceivingLimitsCard documents={workstation.documents} onSaved={onSaved} />
      {printer ? <PrinterSettingsCard saved={printer.name} /> : <Spin />}
      <IdCardReaderSettingsCard />
      <HolidayCalendarCard onSaved={onSaved} />
      <DisplaySettingsCard />
    </Space>
  );
}
