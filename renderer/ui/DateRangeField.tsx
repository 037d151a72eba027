/**
 * antd's RangePicker for keyboard users: Tab moves from 起 to 止 and then out of the field,
 * Shift+Tab out to the control before it, and Esc closes the calendar. Left alone, the picker kept focus
 * on its first input for every Tab, so a clerk without a mouse could not get past a filter.
 */
import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState, type KeyboardEvent } from 'react';

type Range = [Dayjs, Dayjs] | null;

interface Props {
  label: string;
  placeholder: [string, string];
  value: Range;
  onChange(range: Range): void;
  testId?: string;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The element Tab (or Shift+Tab) reaches outside `container`, in document order. */
function focusableBeside(container: HTMLElement, forward: boolean): HTMLElement | undefined {
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.tabIndex >= 0 && element.offsetParent !== null,
  );
  const outside = (element: HTMLElement) => !container.contains(element);
  if (forward)
    return all.find((element) => outside(element) && (container.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  return all
    .reverse()
    .find((element) => outside(element) && (container.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) !== 0);
}

export function DateRangeField({ label, placeholder, value, onChange, testId }: Props) {
  const container = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);

  const onKeyDownCapture = (event: KeyboardEvent<HTMLSpanElement>) => {
    const box = container.current;
    if (!box) return;
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      return;
    }
    if (event.key !== 'Tab') return;
    // Forward: 起 then 止 then out. Backward leaves at once: the picker pulls focus from 起
    // back to 止 while it holds the other end, which made Shift+Tab a trap of its own.
    const inputs = [...box.querySelectorAll<HTMLInputElement>('input')];
    const at = inputs.indexOf(event.target as HTMLInputElement);
    const next = event.shiftKey || at < 0 ? undefined : inputs[at + 1];
    const target = next ?? focusableBeside(box, !event.shiftKey);
    event.preventDefault();
    event.stopPropagation();
    if (!next) setOpen(false);
    target?.focus();
  };

  return (
    <span ref={container} onKeyDownCapture={onKeyDownCapture}>
      <DatePicker.RangePicker
        placeholder={placeholder}
        aria-label={label}
        open={open}
        onOpenChange={setOpen}
        value={value}
        onChange={(range) => onChange(range?.[0] && range[1] ? [range[0], range[1]] : null)}
        data-testid={testId}
      />
    </span>
  );
}
