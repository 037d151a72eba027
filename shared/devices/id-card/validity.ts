/**
 * Whether a card is valid today, counted in China calendar days whatever zone the
 * workstation's clock is set to: the card's 有效期 "2016.03.01-2036.03.01" is valid through
 * the end day itself, and a 长期 card never expires.
 */
import { chinaDate } from '../../util/china-time';
import type { IdCard } from './id-card';

export type IdCardValidity =
  | { status: 'valid'; validTo: string | null }
  | { status: 'expired'; validTo: string; message: string }
  | { status: 'not-yet-valid'; validFrom: string; message: string };

/** "2030-01-01" -> "2030.01.01", as the card face prints it. */
export function cardFaceDate(iso: string): string {
  return iso.replaceAll('-', '.');
}

export function idCardValidity(card: Pick<IdCard, 'validFrom' | 'validTo'>, now: Date): IdCardValidity {
  const today = chinaDate(now);
  if (card.validFrom > today) {
    return {
      status: 'not-yet-valid',
      validFrom: card.validFrom,
      message: `该身份证有效期自${cardFaceDate(card.validFrom)}起，尚未生效，请核验`,
    };
  }
  if (card.validTo !== null && card.validTo < today) {
    return {
      status: 'expired',
      validTo: card.validTo,
      message: `该身份证已于${cardFaceDate(card.validTo)}过期，请申请人出示有效证件（可先办理临时身份证）`,
    };
  }
  return { status: 'valid', validTo: card.validTo };
}

/** The card's 有效期 as printed on its face: "2016.03.01-2036.03.01" or "2016.03.01-长期". */
export function validityText(card: Pick<IdCard, 'validFrom' | 'validTo'>): string {
  return `${cardFaceDate(card.validFrom)}-${card.validTo === null ? '长期' : cardFaceDate(card.validTo)}`;
}
