/**
 * Size limits every hop of the sync path agrees on. A page of the change feed, a push and a
 * hub-to-hub batch must each stay readable by the other end, so one oversized event can never
 * make a request or a page fail for everything around it:
 *
 * - a request body is at most MAX_REQUEST_BODY_BYTES (the hubs answer 413 above it);
 * - one event, serialized, is at most MAX_EVENT_BYTES (the hub refuses a bigger one as
 *   EVENT_TOO_LARGE, on its own, while the rest of its batch goes through);
 * - a feed page carries events until MAX_CHANGES_PAGE_BYTES (always at least one), so a page
 *   is bounded by bytes as well as by count;
 * - senders pack batches within MAX_BATCH_BYTES, which leaves room for the envelope.
 *
 * The schema caps on individual fields (case-events.ts, detail-values.ts) keep every event a
 * form can produce far below MAX_EVENT_BYTES; this limit is the backstop for the total.
 */

export const MAX_REQUEST_BODY_BYTES = 5 * 1024 * 1024;
export const MAX_EVENT_BYTES = 256 * 1024;
export const MAX_CHANGES_PAGE_BYTES = 4 * 1024 * 1024;
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/** UTF-8 length of the value's JSON, as it travels in a request or a page. */
export function serializedBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The refusal for an event above MAX_EVENT_BYTES, or undefined when it fits. */
export function eventTooLarge(event: unknown): { code: 'EVENT_TOO_LARGE'; message: string } | undefined {
  const bytes = serializedBytes(event);
  if (bytes <= MAX_EVENT_BYTES) return undefined;
  return {
    code: 'EVENT_TOO_LARGE',
    message: `事件内容过大（约${Math.ceil(bytes / 1024)} KB，交换平台上限${MAX_EVENT_BYTES / 1024} KB），无法同步，请联系系统管理员处理`,
  };
}
