/**
 * Writes a card's text as the 256-byte base message a reader returns (the inverse of
 * shared/devices/id-card/base-message.ts), so the simulator goes through the same parser as
 * a real card.
 */
import { BASE_MESSAGE_BYTES, BASE_MESSAGE_LAYOUT, LONG_TERM_VALIDITY } from '../../../shared/devices/id-card/base-message';
import type { IdCard } from '../../../shared/devices/id-card/id-card';

export type CardText = Omit<IdCard, 'sex' | 'ethnicity'>;

function ucs2Field(text: string, width: number): Buffer {
  const field = Buffer.alloc(width, 0);
  const bytes = Buffer.from(text.padEnd(width / 2, ' '), 'utf16le');
  if (bytes.length > width) throw new RangeError(`“${text}” 超出 ${width} 字节`);
  bytes.copy(field);
  return field;
}

const compact = (iso: string) => iso.replaceAll('-', '');

export function encodeBaseMessage(card: CardText): Uint8Array {
  const values: Record<(typeof BASE_MESSAGE_LAYOUT)[number][0], string> = {
    name: card.name,
    sexCode: card.sexCode,
    ethnicityCode: card.ethnicityCode,
    birthDate: compact(card.birthDate),
    address: card.address,
    idNumber: card.idNumber,
    issuer: card.issuer,
    validFrom: compact(card.validFrom),
    validTo: card.validTo === null ? LONG_TERM_VALIDITY : compact(card.validTo),
    reserve: '',
  };
  const message = Buffer.concat(BASE_MESSAGE_LAYOUT.map(([field, width]) => ucs2Field(values[field], width)));
  if (message.length !== BASE_MESSAGE_BYTES) throw new RangeError('base message layout does not add up to 256 bytes');
  return new Uint8Array(message);
}
