/**
 * A date or 年月 input that always reads the Chinese way, whatever the browser's language:
 * antd's DatePicker (zh_CN from the app's ConfigProvider) instead of a native <input
 * type=date>, which follows the browser and showed 12/07/2026 or mm/dd/yyyy in an English one.
 * The form value stays the string the shared schemas expect ('' when empty): YYYY-MM-DD for a
 * day, YYYY-MM for a certificate's 年月, and for a form-engine 年月 (a date field with
 * `month`) the ISO date of the month's first day. A clerk may type the date too, in any of
 * the formats below; the first is what the field shows.
 */
import { DatePicker, type GetRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import type { CSSProperties, Ref } from 'react';

dayjs.extend(customParseFormat);

/** 'date': a day, YYYY-MM-DD. 'month': a 年月, YYYY-MM. 'monthAsDate': a 年月 kept as YYYY-MM-01. */
export type IsoDateKind = 'date' | 'month' | 'monthAsDate';

const VALUE_FORMAT: Record<IsoDateKind, string> = { date: 'YYYY-MM-DD', month: 'YYYY-MM', monthAsDate: 'YYYY-MM-DD' };
const MONTH_FORMATS = ['YYYY年MM月', 'YYYY-MM', 'YYYYMM', 'YYYY/M', 'YYYY.M', 'YYYY年M月', 'YYYY-MM-DD'];
/** Shown first, then typed alternatives (with or without separators, as on a paper form). */
const SHOWN_AND_TYPED: Record<IsoDateKind, string[]> = {
  date: ['YYYY-MM-DD', 'YYYYMMDD', 'YYYY/M/D', 'YYYY.M.D', 'YYYY年M月D日'],
  month: MONTH_FORMATS,
  monthAsDate: MONTH_FORMATS,
};

interface Props {
  id: string;
  value: string | undefined;
  onChange(value: string): void;
  onBlur?(): void;
  kind?: IsoDateKind;
  /** The last day (YYYY-MM-DD) that may be chosen, e.g. today for a date in the past. */
  max?: string | undefined;
  /** react-hook-form's ref, so a failed submit can focus the field. */
  ref?: Ref<GetRef<typeof DatePicker>>;
  style?: CSSProperties;
}

/** The form string as a day, or null when it is empty or not a real date of that kind. */
export function isoToDay(value: string | undefined, kind: IsoDateKind): Dayjs | null {
  if (!value) return null;
  const day = dayjs(value, VALUE_FORMAT[kind], true);
  return day.isValid() ? day : null;
}

export function dayToIso(day: Dayjs | null, kind: IsoDateKind): string {
  if (!day) return '';
  return (kind === 'date' ? day : day.startOf('month')).format(VALUE_FORMAT[kind]);
}

export function IsoDatePicker({ id, value, onChange, onBlur, kind = 'date', max, ref, style }: Props) {
  // A month may be chosen when its first day is not after `max`.
  const disabledDate = max ? (day: Dayjs) => (kind === 'date' ? day : day.startOf('month')).format('YYYY-MM-DD') > max : undefined;
  return (
    <DatePicker
      id={id}
      ref={ref}
      picker={kind === 'date' ? 'date' : 'month'}
      format={SHOWN_AND_TYPED[kind]}
      value={isoToDay(value, kind)}
      onChange={(day: Dayjs | null) => onChange(dayToIso(day, kind))}
      onBlur={(event) => {
        // Deleting the text is how a clerk empties a date by keyboard; antd would restore the day.
        if (value && event.target instanceof HTMLInputElement && event.target.value.trim() === '') onChange('');
        onBlur?.();
      }}
      disabledDate={disabledDate}
      style={{ width: '100%', ...style }}
    />
  );
}
