/**
 * Entering one year's 法定节假日安排 from the State Council notice: dates typed or pasted as
 * lines of the notice ("2月5日至11日"), previewed as the days they expand to, validated with the
 * shared schema (the same Chinese messages as the bridge) and saved to the workstation settings.
 */
import { Alert, App, Button, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatHolidayDates, parseHolidayDatesText } from '../../../shared/domain/calendar/holiday-dates-text';
import { holidayYearSchema, MAX_HOLIDAY_YEAR, MIN_HOLIDAY_YEAR } from '../../../shared/domain/calendar/holiday-year';
import { bridge, unwrap } from '../../bridge/bridge';

interface HolidayYearFormProps {
  /** Suggested year (the first missing one). */
  initialYear: number;
  /** Years the bundled seed covers: entering them would change nothing (the seed wins). */
  seededYears: readonly number[];
  onSaved(): void;
}

interface Draft {
  year: number | null;
  source: string;
  holidaysText: string;
  makeupText: string;
}

export function HolidayYearForm({ initialYear, seededYears, onSaved }: HolidayYearFormProps) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Draft>({ year: initialYear, source: '', holidaysText: '', makeupText: '' });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const year = draft.year ?? initialYear;
  const holidays = useMemo(() => parseHolidayDatesText(draft.holidaysText, year), [draft.holidaysText, year]);
  const makeup = useMemo(() => parseHolidayDatesText(draft.makeupText, year), [draft.makeupText, year]);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const save = async () => {
    setError(null);
    const unreadable = [...holidays.errors, ...makeup.errors];
    if (unreadable.length > 0) return setError(unreadable.join('；'));
    if (draft.year !== null && seededYears.includes(draft.year)) return setError(`${draft.year}年的安排已内置，无需录入`);
    const parsed = holidayYearSchema.safeParse({
      year: draft.year,
      source: draft.source,
      holidays: holidays.dates,
      makeupWorkdays: makeup.dates,
    });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? '输入不合法');
    setSaving(true);
    try {
      unwrap(await bridge().saveHolidayYear(parsed.data));
      void message.success(`${parsed.data.year}年法定节假日安排已保存`);
      setDraft({ year: parsed.data.year + 1, source: '', holidaysText: '', makeupText: '' });
      onSaved();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form layout="vertical" component="form" onFinish={() => void save()} data-testid="holiday-year-form">
      <Typography.Title level={5}>录入一年的安排</Typography.Title>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="holiday-year-error" />}
      <Space align="start" wrap>
        <Form.Item label="年份" required htmlFor="holidayYear">
          <InputNumber
            id="holidayYear"
            min={MIN_HOLIDAY_YEAR}
            max={MAX_HOLIDAY_YEAR}
            precision={0}
            value={draft.year}
            onChange={(value) => change({ year: value })}
          />
        </Form.Item>
        <Form.Item label="通知文号或来源" required htmlFor="holidaySource" style={{ minWidth: 360 }}>
          <Input
            id="holidaySource"
            value={draft.source}
            maxLength={120}
            placeholder="如：国办发明电〔2026〕X号"
            onChange={(event) => change({ source: event.target.value })}
          />
        </Form.Item>
      </Space>
      <Form.Item
        label="放假日期"
        required
        htmlFor="holidayDates"
        extra="每行一段，可直接粘贴通知原文，如“春节：2月5日（农历除夕）至11日放假调休，共7天。”或“2027-02-05 至 2027-02-11”"
      >
        <Input.TextArea
          id="holidayDates"
          rows={5}
          value={draft.holidaysText}
          onChange={(event) => change({ holidaysText: event.target.value })}
        />
      </Form.Item>
      <Form.Item label="调休上班日期" htmlFor="makeupDates" extra="周六或周日上班的日期，如“2月14日（星期日）、2月20日（星期六）上班”">
        <Input.TextArea
          id="makeupDates"
          rows={2}
          value={draft.makeupText}
          onChange={(event) => change({ makeupText: event.target.value })}
        />
      </Form.Item>
      <Alert
        type={holidays.errors.length + makeup.errors.length > 0 ? 'error' : 'info'}
        style={{ marginBottom: 16 }}
        data-testid="holiday-year-preview"
        message={`${year}年：放假 ${holidays.dates.length} 天，调休上班 ${makeup.dates.length} 天`}
        description={
          <>
            {holidays.dates.length > 0 && <div>放假：{formatHolidayDates(holidays.dates)}</div>}
            {makeup.dates.length > 0 && <div>调休上班：{formatHolidayDates(makeup.dates)}</div>}
            {[...holidays.errors, ...makeup.errors].map((problem) => (
              <div key={problem}>{problem}</div>
            ))}
          </>
        }
      />
      <Button type="primary" htmlType="submit" loading={saving}>
        保存节假日安排
      </Button>
    </Form>
  );
}
